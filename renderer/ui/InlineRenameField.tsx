import { useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { useSubmit } from './useSubmit';

interface InlineRenameFieldProps {
  /** The field's accessible name. */
  label: string;
  /** The current name; saving is skipped when the (trimmed) new one equals it. */
  current: string;
  /** Shown when Enter is pressed on an empty field, e.g. "Name: a tag needs a name." */
  emptyError: string;
  save(name: string): Promise<unknown>;
  /** Called when renaming ends, saved or not. */
  onDone(): void;
  /**
   * For a field inside a keyboard-driven widget (a tree): its keys and clicks stay in the field,
   * and leaving it cancels.
   */
  contained?: boolean;
}

/** A name as a field: Enter saves, Escape cancels; a refusal stays on show. */
export function InlineRenameField({ label, current, emptyError, save, onDone, contained = false }: InlineRenameFieldProps) {
  const [name, setName] = useState(current);
  const { busy, error, setError, submit } = useSubmit(async () => {
    if (name.trim() !== current) await save(name);
    onDone();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (contained) event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      if (name.trim()) submit();
      else setError(emptyError);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <span className="rename">
      <input
        aria-label={label}
        dir="auto"
        value={name}
        readOnly={busy}
        // Focus moves in as the field appears, as a rename started from the keyboard expects.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={
          contained
            ? () => {
                if (!busy && !error) onDone();
              }
            : undefined
        }
        onClick={contained ? (event) => event.stopPropagation() : undefined}
      />
      {error && <ErrorAlert message={error} />}
    </span>
  );
}
