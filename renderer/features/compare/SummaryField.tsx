import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';

/** How long typing pauses before a summary saves itself. */
export const SUMMARY_AUTOSAVE_MS = 800;

type Status = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';
const STATUS_TEXT: Record<Exclude<Status, 'error'>, string> = { idle: '', dirty: 'Unsaved', saving: 'Saving…', saved: 'Saved' };

/** A summary is one plain paragraph: line breaks (typed or pasted) become spaces. */
const oneParagraph = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

interface SummaryFieldProps {
  topicId: string;
  sideId: string;
  /** The stored summary. */
  summary: string;
  /** "Pakistan’s position on Border & trade". */
  subject: string;
}

/** The analyst's one-paragraph summary of a side's position on a topic, saved as they pause or leave. */
export function SummaryField({ topicId, sideId, summary, subject }: SummaryFieldProps) {
  const saveSummary = useAppStore((s) => s.saveSummary);
  const [draft, setDraft] = useState(summary);
  const [status, setStatus] = useState<Status>('idle');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const saving = useRef<Promise<void> | null>(null);
  const latest = useRef(draft);
  latest.current = draft;
  const writing = useRef(false);
  writing.current = status === 'dirty' || status === 'saving';

  // A summary changed elsewhere shows, unless the analyst is writing here.
  useEffect(() => {
    if (!writing.current) setDraft(summary);
  }, [summary]);

  const save = async () => {
    if (saving.current) await saving.current;
    const body = latest.current.trim();
    setStatus('saving');
    const run = saveSummary(topicId, sideId, body).then(
      () => setStatus(latest.current.trim() === body ? 'saved' : 'dirty'),
      (e: unknown) => {
        setError(errorMessage(e));
        setStatus('error');
      },
    );
    saving.current = run;
    await run;
    saving.current = null;
  };

  useEffect(() => {
    if (status !== 'dirty') return;
    const timer = setTimeout(() => void save(), SUMMARY_AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // save reads the latest draft itself; only a new draft restarts the pause.
  }, [draft, status]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (status === 'dirty' || status === 'error') void save();
  };

  return (
    <div className="summary-field">
      <label htmlFor={id} className="summary-label">
        {'Summary '}
        <span className="visually-hidden">of {subject}</span>
      </label>
      <textarea
        id={id}
        placeholder={`Summarise ${subject} in a paragraph.`}
        rows={3}
        value={draft}
        onChange={(event) => {
          setDraft(oneParagraph(event.target.value));
          setStatus('dirty');
        }}
        onBlur={() => (status === 'dirty' || status === 'error') && void save()}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="summary-status">
        {status === 'error' ? `Not saved: ${error ?? 'unknown error'}` : STATUS_TEXT[status]}
      </p>
    </div>
  );
}
