import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { insertTokenLine, type CiteRequest } from '../../store/briefingSlice';
import { useAutosave } from '../../ui/useAutosave';
import { BriefingPreview } from './BriefingPreview';
import { ExportButtons } from './ExportButtons';
import { ComparisonDialog, QuotationDialog } from './QuotationDialog';

/** How long typing pauses before the note saves itself. */
export const BRIEFING_AUTOSAVE_MS = 800;

const STATUS_TEXT = { idle: '', dirty: 'Unsaved changes', saving: 'Saving…', saved: 'Saved', error: '' } as const;

function HeaderField({ label, value, type = 'text', onChange }: { label: string; value: string; type?: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} dir={type === 'text' ? 'auto' : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** The open note: header fields, the Markdown text beside its live preview, citations, exports. */
export function BriefingEditor() {
  const draft = useAppStore((s) => s.briefings.draft);
  const save = useAppStore((s) => s.briefings.save);
  const edit = useAppStore((s) => s.editBriefing);
  const saveBriefing = useAppStore((s) => s.saveBriefing);
  const cite = useAppStore((s) => s.citeInBriefing);
  const text = useRef<HTMLTextAreaElement>(null);
  /** Where the cursor was when a dialog took focus, and where it goes once the token is in. */
  const cursor = useRef(0);
  const [placeCursor, setPlaceCursor] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'quote' | 'compare' | null>(null);
  const bodyId = useId();

  useAutosave(save.status === 'dirty', draft, saveBriefing, BRIEFING_AUTOSAVE_MS);

  useEffect(() => {
    if (placeCursor === null || !text.current) return;
    text.current.focus();
    text.current.setSelectionRange(placeCursor, placeCursor);
    setPlaceCursor(null);
  }, [placeCursor]);

  if (!draft) return null;

  const openDialog = (kind: 'quote' | 'compare') => {
    cursor.current = text.current?.selectionStart ?? draft.body.length;
    setDialog(kind);
  };
  const insert = async (request: CiteRequest) => {
    const token = await cite(request);
    // The text as it is now (the render's draft may be a keystroke old), the token where the cursor was.
    const placed = insertTokenLine(text.current?.value ?? draft.body, cursor.current, token);
    edit({ body: placed.body });
    setDialog(null);
    setPlaceCursor(placed.cursor);
    await saveBriefing();
  };

  return (
    <div className="briefing-editor">
      <div className="briefing-header" role="group" aria-label="Note header">
        <HeaderField label="Title" value={draft.title} onChange={(title) => edit({ title })} />
        <HeaderField label="Date" type="date" value={draft.note_date.slice(0, 10)} onChange={(note_date) => edit({ note_date })} />
        <HeaderField label="Author" value={draft.author} onChange={(author) => edit({ author })} />
        <HeaderField label="Handling caveat" value={draft.caveat} onChange={(caveat) => edit({ caveat })} />
      </div>
      <div className="briefing-tools">
        <div role="group" aria-label="Insert">
          <button type="button" className="button" onClick={() => openDialog('quote')}>
            Insert quotation…
          </button>
          <button type="button" className="button" onClick={() => openDialog('compare')}>
            Insert comparison…
          </button>
        </div>
        <p role="status" className="note-status">
          {save.status === 'error' ? `Not saved: ${save.error ?? 'unknown error'}` : STATUS_TEXT[save.status]}
        </p>
        <ExportButtons />
      </div>
      <div className="briefing-panes">
        <div className="briefing-source">
          <label htmlFor={bodyId} className="toolbar-label">
            Note text (Markdown)
          </label>
          <textarea
            id={bodyId}
            ref={text}
            dir="auto"
            value={draft.body}
            onChange={(event) => edit({ body: event.target.value })}
            onBlur={() => void saveBriefing()}
            placeholder="What each side has said and what it means. Insert quotation… cites a statement where the cursor is."
          />
        </div>
        <BriefingPreview />
      </div>
      {dialog === 'quote' && <QuotationDialog onPick={insert} onClose={() => setDialog(null)} />}
      {dialog === 'compare' && <ComparisonDialog onPick={insert} onClose={() => setDialog(null)} />}
    </div>
  );
}
