import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { DialogCloseActions } from '../../ui/DialogActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../../ui/Modal';
import { PickerList } from './PickerList';
import './notes.css';

/** Chooses a briefing note; the highlight (as its statement, when it is one) is cited at the note's end. */
function NoteChoiceDialog({ annotationId, onClose }: { annotationId: string; onClose(): void }) {
  const notes = useAppStore((s) => s.briefings.list);
  const loaded = useAppStore((s) => s.briefings.listLoaded);
  const loadBriefings = useAppStore((s) => s.loadBriefings);
  const citeInNote = useAppStore((s) => s.citeInNote);
  const statementId = useAppStore((s) => s.statements.statements.find((st) => st.annotation_id === annotationId)?.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadBriefings('');
  }, [loadBriefings]);

  const cite = async (noteId: string) => {
    setBusy(true);
    setError(null);
    try {
      const target = statementId ? { type: 'statement' as const, id: statementId } : { type: 'annotation' as const, id: annotationId };
      await citeInNote(noteId, { kind: 'quote', target });
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Modal title="Cite in note" onClose={onClose}>
      <p className="panel-hint">The quotation goes at the end of the note you choose, numbered among its sources.</p>
      {error && <ErrorAlert message={error} />}
      {loaded && notes.length === 0 && <p role="status">No briefing notes yet: start one in the Notes room.</p>}
      <PickerList label="Briefing notes" items={notes} itemKey={(note) => note.id} busy={busy} onPick={(note) => void cite(note.id)}>
        {(note) => <span dir="auto">{note.title}</span>}
      </PickerList>
      <DialogCloseActions onClose={onClose} />
    </Modal>
  );
}

/** A highlight's "Cite in note…" action in the reader's side panel. */
export function CiteInNoteButton({ annotationId, short }: { annotationId: string; short: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button small" aria-label={`Cite “${short}” in a note`} onClick={() => setOpen(true)}>
        Cite in note…
      </button>
      {open && <NoteChoiceDialog annotationId={annotationId} onClose={() => setOpen(false)} />}
    </>
  );
}
