import { useId, useState, type ReactNode } from 'react';

export interface ChecklistOption {
  value: string;
  label: string;
}

interface ChecklistFilterProps {
  label: string;
  options: readonly ChecklistOption[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** Above the options, e.g. a search field. */
  children?: ReactNode;
  /** Said when there is nothing to choose from. */
  emptyText?: string;
  /** Called each time the list opens, e.g. to refresh its options. */
  onOpen?(): void;
}

/**
 * A filter choosing any number of values: a disclosure naming how many are chosen, with a checkbox
 * each. The checkboxes are drawn only while it is open (the room opens with every filter closed).
 */
export function ChecklistFilter({ label, options, chosen, onChange, children, emptyText = 'Nothing to choose from.', onOpen }: ChecklistFilterProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <details
      className="filter checklist-filter"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (event.currentTarget.open) onOpen?.();
      }}
    >
      <summary>
        {label}: {chosen.length === 0 ? 'all' : `${chosen.length} chosen`}
      </summary>
      {open && (
        <fieldset className="checklist-popup">
          <legend>{label}</legend>
          {children}
          {options.length === 0 && <p className="checklist-empty">{emptyText}</p>}
          <ul>
            {options.map((option) => (
              <li key={option.value}>
                <input
                  id={`${id}-${option.value}`}
                  type="checkbox"
                  checked={chosen.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label htmlFor={`${id}-${option.value}`}>
                  <bdi>{option.label}</bdi>
                </label>
              </li>
            ))}
          </ul>
          {chosen.length > 0 && (
            <button type="button" className="link-button" onClick={() => onChange([])}>
              Clear {label.toLowerCase()}
            </button>
          )}
        </fieldset>
      )}
    </details>
  );
}
