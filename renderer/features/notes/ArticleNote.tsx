import { useId, useMemo } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { useAutosave } from '../../ui/useAutosave';
import { renderMarkdown } from '../annotate/markdown';

/** How long typing pauses before the note saves itself. */
export const NOTE_AUTOSAVE_MS = 600;

const STATUS_TEXT = { idle: '', dirty: 'Unsaved changes', saving: 'Saving…', saved: 'Saved', error: '' } as const;

/** The analyst's Markdown note on the open article: saves itself after a pause and on leaving the field. */
export function ArticleNote() {
  const note = useAppStore((s) => s.annotate.note);
  const edit = useAppStore((s) => s.editArticleNote);
  const save = useAppStore((s) => s.saveArticleNote);
  const fieldId = useId();
  const preview = useMemo(() => renderMarkdown(note.body), [note.body]);

  useAutosave(note.status === 'dirty', note.body, save, NOTE_AUTOSAVE_MS);

  return (
    <div className="article-note">
      <label htmlFor={fieldId} className="toolbar-label">
        Article note (Markdown)
      </label>
      <textarea
        id={fieldId}
        rows={8}
        value={note.body}
        onChange={(event) => edit(event.target.value)}
        onBlur={() => void save()}
        placeholder="Your reading of this article: what is new, who said what, what to watch."
      />
      <p role="status" className="note-status">
        {note.status === 'error' ? `Not saved: ${note.error ?? 'unknown error'}` : STATUS_TEXT[note.status]}
      </p>
      {note.body.trim() && (
        <section aria-label="Note preview" className="note-preview markdown" dangerouslySetInnerHTML={{ __html: preview }} />
      )}
    </div>
  );
}
