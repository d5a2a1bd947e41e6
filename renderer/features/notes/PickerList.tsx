import type { ReactNode } from 'react';

interface PickerListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  itemKey(item: T): string;
  /** While a pick is being made, every choice waits. */
  busy: boolean;
  onPick(item: T): void;
  /** What a choice's button shows. */
  children(item: T): ReactNode;
}

/** A dialog's list of choices, one button each: clicking one picks it. */
export function PickerList<T>({ label, items, itemKey, busy, onPick, children }: PickerListProps<T>) {
  return (
    <ul className="picker-list" aria-label={label}>
      {items.map((item) => (
        <li key={itemKey(item)}>
          <button type="button" className="picker-choice" disabled={busy} onClick={() => onPick(item)}>
            {children(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
