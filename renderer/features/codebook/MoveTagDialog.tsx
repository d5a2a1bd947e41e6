import { useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { FormDialog } from './FormDialog';
import { TagPickerField } from './TagPickerField';

interface MoveTagDialogProps {
  tag: Tag;
  onClose(): void;
}

/** Puts a tag (with its sub-tags) under another tag or at the top level; never under itself. */
export function MoveTagDialog({ tag, onClose }: MoveTagDialogProps) {
  const updateTag = useAppStore((s) => s.updateTag);
  const [parentId, setParentId] = useState(tag.parent_id ?? '');

  return (
    <FormDialog
      title={
        <>
          Move “<bdi>{tag.name}</bdi>”
        </>
      }
      label="Move"
      busyLabel="Moving…"
      disabled={parentId === (tag.parent_id ?? '')}
      onSubmit={async () => {
        await updateTag({ id: tag.id, parent_id: parentId || null });
        onClose();
      }}
      onClose={onClose}
    >
      <p>Its sub-tags and highlights move with it.</p>
      <TagPickerField label="Put it under" tag={tag} value={parentId} onChange={setParentId} emptyLabel="Top level (no parent)" />
    </FormDialog>
  );
}
