import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../library/Modal';
import { selfAndDescendants } from './tagTree';
import { TagPicker } from './TagPicker';
import { useSubmit } from './useSubmit';

interface MoveTagDialogProps {
  tag: Tag;
  onClose(): void;
}

/** Puts a tag (with its sub-tags) under another tag or at the top level; never under itself. */
export function MoveTagDialog({ tag, onClose }: MoveTagDialogProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const updateTag = useAppStore((s) => s.updateTag);
  const id = useId();
  const [parentId, setParentId] = useState(tag.parent_id ?? '');
  const { busy, error, submit } = useSubmit(async () => {
    await updateTag({ id: tag.id, parent_id: parentId || null });
    onClose();
  });

  return (
    <Modal
      title={
        <>
          Move “<bdi>{tag.name}</bdi>”
        </>
      }
      onClose={onClose}
    >
      <form
        className="dialog-stack"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>Its sub-tags and highlights move with it.</p>
        <div className="dialog-field">
          <label htmlFor={`${id}-parent`}>Put it under</label>
          <TagPicker
            id={`${id}-parent`}
            tags={tags}
            excluded={selfAndDescendants(tags, tag.id)}
            value={parentId}
            onChange={setParentId}
            emptyLabel="Top level (no parent)"
          />
        </div>
        {error && <ErrorAlert message={error} />}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={busy || parentId === (tag.parent_id ?? '')}>
            {busy ? 'Moving…' : 'Move'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
