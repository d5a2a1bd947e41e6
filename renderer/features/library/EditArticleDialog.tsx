import { useId, useState, type FormEvent } from 'react';
import type { ArticleSummary, ArticleUpdateInput } from '../../../shared/domain/article';
import { ApiError } from '../../api/apiError';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { DialogActions } from '../../ui/DialogActions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { languageName } from '../../ui/format';
import { Modal } from '../../ui/Modal';

/** The languages an article may be marked as (those the backend accepts). */
const LANGUAGES = ['en', 'ur', 'ps', 'fa', 'ar', 'und'] as const;

type Fields = Record<'title' | 'outlet' | 'author' | 'published_at' | 'url' | 'language', string>;
type FieldName = keyof Fields;

const FIELDS: { name: Exclude<FieldName, 'language'>; label: string; type: 'text' | 'date' | 'url' }[] = [
  { name: 'title', label: 'Title', type: 'text' },
  { name: 'outlet', label: 'Outlet', type: 'text' },
  { name: 'author', label: 'Author', type: 'text' },
  { name: 'published_at', label: 'Published', type: 'date' },
  { name: 'url', label: 'URL', type: 'url' },
];

function fieldsOf(article: ArticleSummary): Fields {
  return {
    title: article.title,
    outlet: article.outlet ?? '',
    author: article.author ?? '',
    // A date input holds the calendar date; a stored timestamp is only replaced if edited.
    published_at: article.published_at?.slice(0, 10) ?? '',
    url: article.url ?? '',
    language: article.language,
  };
}

/** Only what the analyst changed: an untouched field is left exactly as stored. */
function changesFrom(initial: Fields, edited: Fields): Omit<ArticleUpdateInput, 'id'> {
  const changed = (Object.keys(edited) as FieldName[]).filter((name) => edited[name] !== initial[name]);
  return Object.fromEntries(changed.map((name) => [name, edited[name]]));
}

interface Problem {
  message: string;
  field: FieldName | undefined;
}

const isFieldName = (name: string | undefined): name is FieldName =>
  name === 'language' || FIELDS.some((field) => field.name === name);

/** The backend names the input path first ("url: must be …"); beside the field that is said already. */
function problemOf(error: unknown): Problem {
  const message = errorMessage(error);
  const field = error instanceof ApiError ? error.field : undefined;
  if (!isFieldName(field)) return { field: undefined, message };
  const prefix = `${field}: `;
  return { field, message: message.startsWith(prefix) ? message.slice(prefix.length) : message };
}

interface EditArticleDialogProps {
  article: ArticleSummary;
  onClose(): void;
}

/** "Edit details": corrects an article's title, source and language; the backend validates. */
export function EditArticleDialog({ article, onClose }: EditArticleDialogProps) {
  const id = useId();
  const updateArticle = useAppStore((s) => s.updateArticle);
  const [initial] = useState(() => fieldsOf(article));
  const [fields, setFields] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const edit = (name: FieldName, value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    // A complaint about this field is settled once the analyst changes it.
    if (problem?.field === name) setProblem(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changesFrom(initial, fields);
    if (Object.keys(changes).length === 0) return onClose();
    setSaving(true);
    setProblem(null);
    try {
      await updateArticle({ id: article.id, ...changes });
      onClose();
    } catch (error) {
      setSaving(false);
      setProblem(problemOf(error));
    }
  };

  const errorId = (name: FieldName) => `${id}-${name}-error`;
  const fieldProblem = (name: FieldName) =>
    problem?.field === name ? (
      <p id={errorId(name)} className="field-problem">
        {problem.message}
      </p>
    ) : null;
  const invalid = (name: FieldName) => ({
    'aria-invalid': problem?.field === name || undefined,
    'aria-describedby': problem?.field === name ? errorId(name) : undefined,
  });

  return (
    <Modal title="Edit details" onClose={onClose}>
      <form className="dialog-form" noValidate onSubmit={(event) => void save(event)}>
        {problem && !problem.field && <ErrorAlert message={problem.message} />}
        {FIELDS.map(({ name, label, type }) => (
          <div key={name} className={`dialog-field dialog-field-${name}`}>
            <label htmlFor={`${id}-${name}`}>{label}</label>
            <input
              id={`${id}-${name}`}
              type={type}
              value={fields[name]}
              dir={type === 'text' ? 'auto' : undefined}
              {...invalid(name)}
              onChange={(event) => edit(name, event.target.value)}
            />
            {fieldProblem(name)}
          </div>
        ))}
        <div className="dialog-field">
          <label htmlFor={`${id}-language`}>Language</label>
          <select id={`${id}-language`} value={fields.language} {...invalid('language')} onChange={(event) => edit('language', event.target.value)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
          {fieldProblem('language')}
        </div>
        <DialogActions label="Save" busyLabel="Saving…" busy={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
