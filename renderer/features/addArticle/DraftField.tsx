import { useId } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ArticleDraft } from '../../store/articleDraftSlice';

interface DraftFieldProps {
  name: keyof ArticleDraft;
  label: string;
  /** Marks the field as the one the error alert is about. */
  invalid: boolean;
  errorId: string;
  type?: 'text' | 'url' | 'date';
  required?: boolean;
  multiline?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  /** Spans the whole row of the source details. */
  wide?: boolean;
}

/** One labelled field of the Add article form, bound to the draft in the store. */
export function DraftField({ name, label, invalid, errorId, type = 'text', multiline, wide, ...rest }: DraftFieldProps) {
  const id = useId();
  const value = useAppStore((s) => s.draft.fields[name]);
  const editDraft = useAppStore((s) => s.editDraft);
  const control = {
    id,
    name,
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    // Pasted articles are prose in several scripts; let the browser pick the direction per field.
    dir: type === 'text' ? 'auto' : undefined,
    ...rest,
  };
  return (
    <div className={`field${multiline ? ' field-text' : ''}${wide ? ' field-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...control} rows={12} onChange={(e) => editDraft(name, e.target.value)} />
      ) : (
        <input {...control} type={type} onChange={(e) => editDraft(name, e.target.value)} />
      )}
    </div>
  );
}
