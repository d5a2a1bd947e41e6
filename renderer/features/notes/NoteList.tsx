import { useState } from 'react';
import type { BriefingSummary } from '../../../shared/domain/briefing';
import { useAppStore } from '../../store/AppStoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { InlineRenameField } from '../../ui/InlineRenameField';

/** The note's title as a field: Enter saves, Escape cancels; a refusal stays on show. */
function RenameNoteField({ note, onDone }: { note: BriefingSummary; onDone(): void }) {
  const rename = useAppStore((s) => s.renameBriefing);
  return (
    <InlineRenameField
      label={`New title for “${note.title}”`}
      current={note.title}
      emptyError="Title: a note needs a title."
      save={(title) => rename(note.id, title)}
      onDone={onDone}
    />
  );
}

function NoteItem({ note, open }: { note: BriefingSummary; open: boolean }) {
  const openBriefing = useAppStore((s) => s.openBriefing);
  const deleteBriefing = useAppStore((s) => s.deleteBriefing);
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <li className="note-item" aria-current={open ? 'true' : undefined}>
      {renaming ? (
        <RenameNoteField note={note} onDone={() => setRenaming(false)} />
      ) : (
        <button type="button" className="link-button note-title" dir="auto" onClick={() => void openBriefing(note.id)}>
          {note.title}
        </button>
      )}
      <p className="note-meta">
        {[note.note_date && formatDate(note.note_date), `${note.citation_count} ${note.citation_count === 1 ? 'citation' : 'citations'}`].filter(Boolean).join(' · ')}
      </p>
      {note.excerpt && (
        <p className="note-excerpt" dir="auto">
          {note.excerpt}
        </p>
      )}
      <div className="item-actions">
        <button type="button" className="button small" aria-label={`Rename “${note.title}”`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" className="button small" aria-label={`Delete “${note.title}”`} onClick={() => setDeleting(true)}>
          Delete
        </button>
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete “${note.title}”?`}
          label="Delete note"
          busyLabel="Deleting…"
          onConfirm={() => deleteBriefing(note.id)}
          onClose={() => setDeleting(false)}
        >
          <p>The note and its citations are deleted. Undo brings them back.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

/** The briefing notes: search, New note, and each note with Rename and Delete. */
export function NoteList() {
  const { list, query, listLoaded, listError } = useAppStore((s) => s.briefings);
  const openId = useAppStore((s) => s.briefings.openId);
  const loadBriefings = useAppStore((s) => s.loadBriefings);
  const createBriefing = useAppStore((s) => s.createBriefing);
  const [createError, setCreateError] = useState<string | null>(null);

  const create = async () => {
    setCreateError(null);
    try {
      await createBriefing('Untitled note');
    } catch (failure) {
      setCreateError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <nav className="note-list" aria-label="Briefing notes">
      <div className="note-list-head">
        <input type="search" aria-label="Search notes" placeholder="Search notes" value={query} onChange={(event) => void loadBriefings(event.target.value)} />
        <button type="button" className="button primary" onClick={() => void create()}>
          New note
        </button>
      </div>
      {createError && <ErrorAlert message={`Could not create a note: ${createError}`} />}
      {listError && <ErrorAlert message={listError} onRetry={() => void loadBriefings()} />}
      {listLoaded && !listError && list.length === 0 && (
        <p role="status" className="panel-hint">
          {query.trim() ? 'No notes match the search.' : 'No briefing notes yet. New note starts one.'}
        </p>
      )}
      <ul aria-label="Notes">
        {list.map((note) => (
          <NoteItem key={note.id} note={note} open={note.id === openId} />
        ))}
      </ul>
    </nav>
  );
}
