import { useId, useState, type KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { matchTags } from './tagPaths';

interface TagComboboxProps {
  tags: readonly Tag[];
  byId: ReadonlyMap<string, Tag>;
  chosen: readonly string[];
  onChoose(id: string): void;
  /** Creates a top-level tag with this name and chooses it. */
  onCreate(name: string): Promise<void>;
  /** Enter with nothing typed: the toolbar saves. */
  onSubmit(): void;
  /** A number key typed into the empty field: the toolbar applies that recent tag. */
  onNumber(n: number): boolean;
}

type Option = { kind: 'tag'; tag: Tag; path: string } | { kind: 'create'; name: string };

/** Type to search the codebook (by path), arrows and Enter to add, or create the tag inline. */
export function TagCombobox({ tags, byId, chosen, onChoose, onCreate, onSubmit, onNumber }: TagComboboxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const name = query.trim();
  const found = matchTags(
    tags.filter((t) => !chosen.includes(t.id)),
    byId,
    name,
  );
  const exists = tags.some((t) => t.name.toLowerCase() === name.toLowerCase());
  const options: Option[] = [...found.map((f) => ({ kind: 'tag' as const, ...f })), ...(name && !exists ? [{ kind: 'create' as const, name }] : [])];
  const open = options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const pick = async (option: Option) => {
    setQuery('');
    setActive(0);
    if (option.kind === 'tag') onChoose(option.tag.id);
    else await onCreate(option.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' && open) setActive((activeIndex + 1) % options.length);
    else if (event.key === 'ArrowUp' && open) setActive((activeIndex - 1 + options.length) % options.length);
    else if (event.key === 'Enter' && open) void pick(options[activeIndex]!);
    else if (event.key === 'Enter' && !name) onSubmit();
    else if (event.key === 'Escape' && query) setQuery('');
    else if (!query && /^[1-9]$/.test(event.key) && onNumber(Number(event.key))) {
      /* applied by the toolbar */
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="tag-combobox">
      <input
        type="text"
        role="combobox"
        aria-label="Add tag"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        placeholder="Type to find or create a tag"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <ul id={listId} role="listbox" aria-label="Matching tags" hidden={!open} className="tag-options">
        {options.map((option, i) => (
          <li
            key={option.kind === 'tag' ? option.tag.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={option.kind === 'create' ? 'tag-option create' : 'tag-option'}
            // Keeps focus in the field while the mouse picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void pick(option)}
          >
            {option.kind === 'tag' ? (
              <>
                <span className="swatch" style={{ background: option.tag.colour }} aria-hidden="true" />
                {option.path}
              </>
            ) : (
              `Create tag “${option.name}”`
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
