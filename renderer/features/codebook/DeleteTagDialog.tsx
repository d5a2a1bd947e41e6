import { useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TagPickerField } from './TagPickerField';

interface DeleteTagDialogProps {
  tag: Tag;
  onClose(): void;
}

/**
 * Deletes a tag. One in use (highlights or sub-tags) needs a tag to hand them to, so nothing
 * is lost; an unused one is a plain confirm with Cancel as the safe default.
 */
export function DeleteTagDialog({ tag, onClose }: DeleteTagDialogProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const deleteTag = useAppStore((s) => s.deleteTag);
  const [moveTo, setMoveTo] = useState('');
  const children = tags.filter((candidate) => candidate.parent_id === tag.id).length;
  const inUse = tag.highlight_count > 0 || children > 0;

  const what = [
    tag.highlight_count > 0 && `${tag.highlight_count} highlight${tag.highlight_count === 1 ? '' : 's'}`,
    children > 0 && `${children} sub-tag${children === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' and ');

  return (
    <ConfirmDialog
      title={
        <>
          Delete “<bdi>{tag.name}</bdi>”?
        </>
      }
      label={inUse ? 'Move and delete' : 'Delete'}
      busyLabel="Deleting…"
      disabled={inUse && !moveTo}
      focusCancel={!inUse}
      onConfirm={async () => {
        await deleteTag(tag.id, moveTo || undefined);
        onClose();
      }}
      onClose={onClose}
    >
      {inUse ? (
        <>
          <p>
            It has {what}. Choose a tag to move {tag.highlight_count + children === 1 ? 'it' : 'them'} to; highlights
            keep their text and notes.
          </p>
          <TagPickerField label="Move them to" tag={tag} value={moveTo} onChange={setMoveTo} emptyLabel="Choose a tag…" />
        </>
      ) : (
        <p>No highlight carries it and it has no sub-tags. Undo brings it back.</p>
      )}
    </ConfirmDialog>
  );
}
