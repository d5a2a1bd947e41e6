import type { Tag } from '../../../shared/domain/tag';
import { allRows } from './tagTree';

interface TagPickerProps {
  id: string;
  tags: readonly Tag[];
  /** Tags that may not be chosen (the tag itself and its sub-tags); left out of the list. */
  excluded: ReadonlySet<string>;
  value: string;
  onChange(id: string): void;
  /** The first option, chosen by the empty value: "Choose a tag…" or "Top level". */
  emptyLabel: string;
}

/** A select of the codebook, indented to show the hierarchy. */
export function TagPicker({ id, tags, excluded, value, onChange, emptyLabel }: TagPickerProps) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {allRows(tags)
        .filter((row) => !excluded.has(row.tag.id))
        .map((row) => (
          <option key={row.tag.id} value={row.tag.id}>
            {'\u00a0\u00a0\u00a0'.repeat(row.level - 1)}
            {row.tag.name}
          </option>
        ))}
    </select>
  );
}
