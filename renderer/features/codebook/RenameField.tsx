import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { InlineRenameField } from '../../ui/InlineRenameField';

interface RenameFieldProps {
  tag: Tag;
  /** Called when renaming ends, saved or not. */
  onDone(): void;
}

/** The tag's name as a field: Enter saves, Escape (or leaving it) cancels; a refusal stays on show. */
export function RenameField({ tag, onDone }: RenameFieldProps) {
  const updateTag = useAppStore((s) => s.updateTag);
  return (
    <InlineRenameField
      label={`New name for “${tag.name}”`}
      current={tag.name}
      emptyError="Name: a tag needs a name."
      save={(name) => updateTag({ id: tag.id, name })}
      onDone={onDone}
      // The tree's own keys (arrows, Delete, F2) must not act while the name is being edited.
      contained
    />
  );
}
