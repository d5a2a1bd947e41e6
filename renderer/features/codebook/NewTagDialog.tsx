import { useId, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { FormDialog } from './FormDialog';

interface NewTagDialogProps {
  /** The tag to add under; null for a top-level tag. */
  parent: Tag | null;
  onClose(): void;
  onCreated(tag: Tag): void;
}

/** Name and describe a new tag; its colour comes from its parent (or the next free one). */
export function NewTagDialog({ parent, onClose, onCreated }: NewTagDialogProps) {
  const createTag = useAppStore((s) => s.createTag);
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  return (
    <FormDialog
      title={
        parent ? (
          <>
            New tag under “<bdi>{parent.name}</bdi>”
          </>
        ) : (
          'New tag'
        )
      }
      label="Create tag"
      busyLabel="Creating…"
      problem={() => (name.trim() ? null : 'Name: give the tag a name.')}
      onSubmit={async () => {
        onCreated(await createTag({ name, parent_id: parent?.id ?? null, description: description || undefined }));
      }}
      onClose={onClose}
    >
      <div className="dialog-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} dir="auto" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="dialog-field">
        <label htmlFor={`${id}-description`}>Description (what belongs under this tag)</label>
        <textarea
          id={`${id}-description`}
          dir="auto"
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
    </FormDialog>
  );
}
