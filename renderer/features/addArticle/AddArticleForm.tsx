import type { FormEvent } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ArticleDraft } from '../../store/articleDraftSlice';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DraftField } from './DraftField';
import './addArticle.css';

const ERROR_ID = 'add-article-error';

/** Labels of the fields the backend may blame, by input name. */
const FIELD_LABELS: Record<keyof ArticleDraft, string> = {
  title: 'Title',
  body: 'Text',
  url: 'URL',
  outlet: 'Outlet',
  author: 'Author',
  published_at: 'Date',
};

/** The backend prefixes messages with the input path ("url: must be …"); name the field as the form does. */
function readableMessage(message: string, field: string | undefined): string {
  if (!field || !(field in FIELD_LABELS)) return message;
  const prefix = `${field}: `;
  const label = FIELD_LABELS[field as keyof ArticleDraft];
  return message.startsWith(prefix) ? `${label}: ${message.slice(prefix.length)}` : message;
}

export function AddArticleForm() {
  const { saving, error } = useAppStore((s) => s.draft);
  const saveDraft = useAppStore((s) => s.saveDraft);
  const closeDraft = useAppStore((s) => s.closeDraft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveDraft();
  };
  const field = (name: keyof ArticleDraft) => ({
    name,
    label: FIELD_LABELS[name],
    invalid: error?.field === name,
    errorId: ERROR_ID,
  });

  return (
    <section className="room" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Add article</h1>
      </div>
      <p className="lede">
        Paste the article as published. Blank lines separate paragraphs; a line that starts with a place name in
        capitals (ISLAMABAD:) is kept as the dateline.
      </p>
      {/* The backend validates; its messages appear in the alert and the typed text stays. */}
      <form className="add-article" aria-labelledby="room-heading" noValidate onSubmit={submit}>
        {error && <ErrorAlert id={ERROR_ID} message={readableMessage(error.message, error.field)} />}
        <DraftField {...field('title')} required autoFocus />
        <DraftField {...field('body')} required multiline />
        <fieldset className="add-article-source">
          <legend>Source (optional)</legend>
          <DraftField {...field('outlet')} />
          <DraftField {...field('published_at')} type="date" />
          <DraftField {...field('author')} />
          <DraftField {...field('url')} type="url" placeholder="https://…" wide />
        </fieldset>
        <DialogActions className="form-actions" label="Add to library" busyLabel="Adding…" busy={saving} onCancel={closeDraft} />
      </form>
    </section>
  );
}
