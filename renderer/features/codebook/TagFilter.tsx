import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { TagPicker } from './TagPicker';

interface TagFilterProps {
  id: string;
  /** The chosen tag's id, or undefined for all. */
  value: string | undefined;
  onChange(tagId: string): void;
}

/** The library's and search's tag filter: articles with a highlight carrying the tag or a sub-tag. */
export function TagFilter({ id, value, onChange }: TagFilterProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const loaded = useAppStore((s) => s.codebook.loaded);
  const loadTags = useAppStore((s) => s.loadTags);
  useEffect(() => {
    if (!loaded) void loadTags();
  }, [loaded, loadTags]);

  return (
    <div className="filter">
      <label htmlFor={id}>Tag</label>
      <TagPicker id={id} tags={tags} excluded={new Set()} value={value ?? ''} onChange={onChange} emptyLabel="All tags" />
    </div>
  );
}
