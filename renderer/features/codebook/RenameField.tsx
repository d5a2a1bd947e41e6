import { useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSubmit } from '../../ui/useSubmit';

interface RenameFieldProps {
  tag: Tag;
  /** Called when renaming ends, saved or not. */
  onDone(): void;
}

/** The tag's name as a field: Enter saves, Escape (or leaving it) cancels; a refusal stays on show. */
export function RenameField({ tag, onDone }: RenameFieldProps) {
  const updateTag = useAppStore((s) => s.updateTag);
  const [name, setName] = useState(tag.name);
  const { busy, error, setError, submit } = useSubmit(async () => {
    if (name.trim() !== tag.name) await updateTag({ id: tag.id, name });
    onDone();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The tree's own keys (arrows, Delete, F2) must not act while the name is being edited.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      if (name.trim()) submit();
      else setError('Name: a tag needs a name.');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <span className="rename">
      <input
        aria-label={`New name for “${tag.name}”`}
        dir="auto"
        value={name}
        readOnly={busy}
        // Focus moves in as the field appears, as a rename started from the keyboard expects.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!busy && !error) onDone();
        }}
        onClick={(event) => event.stopPropagation()}
      />
      {error && <ErrorAlert message={error} />}
    </span>
  );
}
