import { useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { FormDialog } from './FormDialog';
import { countLabel } from './tagTree';
import { TagPickerField } from './TagPickerField';

interface MergeTagDialogProps {
  tag: Tag;
  onClose(): void;
}

/** Folds one tag into another: its highlights and sub-tags follow, and it disappears. */
export function MergeTagDialog({ tag, onClose }: MergeTagDialogProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const mergeTags = useAppStore((s) => s.mergeTags);
  const [intoId, setIntoId] = useState('');
  const into = tags.find((candidate) => candidate.id === intoId);

  return (
    <FormDialog
      title={
        <>
          Merge “<bdi>{tag.name}</bdi>” into another tag
        </>
      }
      label={into ? `Merge into “${into.name}”` : 'Merge'}
      busyLabel="Merging…"
      disabled={!into}
      onSubmit={async () => {
        await mergeTags(tag.id, intoId);
        onClose();
      }}
      onClose={onClose}
    >
      <p>
        Its {countLabel(tag)} will carry the tag you choose instead, its sub-tags move under that tag, and “
        <bdi>{tag.name}</bdi>” disappears from the codebook. Undo brings it back.
      </p>
      <TagPickerField label="Merge into" tag={tag} value={intoId} onChange={setIntoId} emptyLabel="Choose a tag…" />
    </FormDialog>
  );
}
