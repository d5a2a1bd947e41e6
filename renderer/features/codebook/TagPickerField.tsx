import { useId } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { selfAndDescendants } from './tagTree';
import { TagPicker } from './TagPicker';

interface TagPickerFieldProps {
  label: string;
  /** The tag being moved, merged or deleted: neither it nor its sub-tags can be chosen. */
  tag: Tag;
  value: string;
  onChange(id: string): void;
  emptyLabel: string;
}

/** A labelled choice of another tag in the codebook, for a dialog acting on `tag`. */
export function TagPickerField({ label, tag, value, onChange, emptyLabel }: TagPickerFieldProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const id = useId();
  return (
    <div className="dialog-field">
      <label htmlFor={id}>{label}</label>
      <TagPicker
        id={id}
        tags={tags}
        excluded={selfAndDescendants(tags, tag.id)}
        value={value}
        onChange={onChange}
        emptyLabel={emptyLabel}
      />
    </div>
  );
}
