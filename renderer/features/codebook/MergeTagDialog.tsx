import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from '../library/Modal';
import { countLabel, selfAndDescendants } from './tagTree';
import { TagPicker } from './TagPicker';
import { useSubmit } from './useSubmit';

interface MergeTagDialogProps {
  tag: Tag;
  onClose(): void;
}

/** Folds one tag into another: its highlights and sub-tags follow, and it disappears. */
export function MergeTagDialog({ tag, onClose }: MergeTagDialogProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const mergeTags = useAppStore((s) => s.mergeTags);
  const id = useId();
  const [intoId, setIntoId] = useState('');
  const into = tags.find((candidate) => candidate.id === intoId);
  const { busy, error, submit } = useSubmit(async () => {
    await mergeTags(tag.id, intoId);
    onClose();
  });

  return (
    <Modal
      title={
        <>
          Merge “<bdi>{tag.name}</bdi>” into another tag
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
        <p>
          Its {countLabel(tag)} will carry the tag you choose instead, its sub-tags move under that tag, and “
          <bdi>{tag.name}</bdi>” disappears from the codebook. Undo brings it back.
        </p>
        <div className="dialog-field">
          <label htmlFor={`${id}-into`}>Merge into</label>
          <TagPicker
            id={`${id}-into`}
            tags={tags}
            excluded={selfAndDescendants(tags, tag.id)}
            value={intoId}
            onChange={setIntoId}
            emptyLabel="Choose a tag…"
          />
        </div>
        {error && <ErrorAlert message={error} />}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={busy || !into}>
            {busy ? 'Merging…' : into ? `Merge into “${into.name}”` : 'Merge'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
