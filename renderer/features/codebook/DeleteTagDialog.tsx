import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../library/Modal';
import { selfAndDescendants } from './tagTree';
import { TagPicker } from './TagPicker';
import { useSubmit } from './useSubmit';

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
  const id = useId();
  const [moveTo, setMoveTo] = useState('');
  const children = tags.filter((candidate) => candidate.parent_id === tag.id).length;
  const inUse = tag.highlight_count > 0 || children > 0;
  const { busy, error, submit } = useSubmit(async () => {
    await deleteTag(tag.id, moveTo || undefined);
    onClose();
  });

  const what = [
    tag.highlight_count > 0 && `${tag.highlight_count} highlight${tag.highlight_count === 1 ? '' : 's'}`,
    children > 0 && `${children} sub-tag${children === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' and ');

  return (
    <Modal
      title={
        <>
          Delete “<bdi>{tag.name}</bdi>”?
        </>
      }
      onClose={onClose}
      initialFocus={inUse ? undefined : '.dialog-cancel'}
    >
      {inUse ? (
        <>
          <p>
            It has {what}. Choose a tag to move {tag.highlight_count + children === 1 ? 'it' : 'them'} to; highlights
            keep their text and notes.
          </p>
          <div className="dialog-field">
            <label htmlFor={`${id}-move`}>Move them to</label>
            <TagPicker
              id={`${id}-move`}
              tags={tags}
              excluded={selfAndDescendants(tags, tag.id)}
              value={moveTo}
              onChange={setMoveTo}
              emptyLabel="Choose a tag…"
            />
          </div>
        </>
      ) : (
        <p>No highlight carries it and it has no sub-tags. Undo brings it back.</p>
      )}
      {error && <ErrorAlert message={error} />}
      <div className="dialog-actions">
        <button type="button" className="button danger" disabled={busy || (inUse && !moveTo)} onClick={submit}>
          {busy ? 'Deleting…' : inUse ? 'Move and delete' : 'Delete'}
        </button>
        <button type="button" className="button dialog-cancel" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
