import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import type { SideRecord } from '../../../shared/domain/side';
import { matchActors, matchedAlias } from './actorSearch';
import { sideColour, sideName } from './sideColours';

export interface Speaker {
  actor_id: string | null;
  speaker_text: string | null;
}

interface SpeakerComboboxProps {
  /** The field's id, for its visible label. */
  id: string;
  actors: readonly Actor[];
  sides: ReadonlyMap<string, SideRecord>;
  value: Speaker;
  onChange(speaker: Speaker, actor: Actor | null): void;
}

type Option = { kind: 'actor'; actor: Actor; alias: string | null } | { kind: 'unlisted'; text: string };

const MAX_OPTIONS = 8;

/**
 * The speaker: type a name or alias in any script to find the actor (arrows and Enter choose),
 * or keep the words typed as an unlisted speaker.
 */
export function SpeakerCombobox({ id, actors, sides, value, onChange }: SpeakerComboboxProps) {
  const named = value.actor_id ? (actors.find((a) => a.id === value.actor_id)?.name ?? value.actor_id) : (value.speaker_text ?? '');
  const [query, setQuery] = useState(named);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const text = query.trim();
  const options: Option[] = useMemo(() => {
    const found = matchActors(actors, text)
      .slice(0, MAX_OPTIONS)
      .map((actor) => ({ kind: 'actor' as const, actor, alias: matchedAlias(actor, text) }));
    const exact = found.some((o) => o.actor.name.toLowerCase() === text.toLowerCase());
    return text && !exact ? [...found, { kind: 'unlisted' as const, text }] : found;
  }, [actors, text]);
  const shown = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const pick = (option: Option) => {
    setOpen(false);
    setActive(0);
    if (option.kind === 'actor') {
      setQuery(option.actor.name);
      onChange({ actor_id: option.actor.id, speaker_text: null }, option.actor);
    } else {
      setQuery(option.text);
      onChange({ actor_id: null, speaker_text: option.text }, null);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown') {
      if (shown) setActive((activeIndex + 1) % options.length);
      else setOpen(true);
    } else if (event.key === 'ArrowUp' && shown) setActive((activeIndex - 1 + options.length) % options.length);
    else if (event.key === 'Enter' && shown) pick(options[activeIndex]!);
    else if (event.key === 'Escape' && shown) setOpen(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="speaker-combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? optionId(activeIndex) : undefined}
        dir="auto"
        placeholder="Type a name or alias, any script"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching speakers" hidden={!shown} className="tag-options">
        {options.map((option, i) => (
          <li
            key={option.kind === 'actor' ? option.actor.id : 'unlisted'}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="tag-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {option.kind === 'actor' ? (
              <>
                <span className="swatch" style={{ background: sideColour(sides, option.actor.side_id) }} aria-hidden="true" />
                {option.actor.name}
                {option.alias && (
                  <span className="option-alias">
                    {' '}
                    (<bdi>{option.alias}</bdi>)
                  </span>
                )}
                <span className="option-detail">
                  {' '}
                  · {sideName(sides, option.actor.side_id)}
                  {option.actor.role ? ` · ${option.actor.role}` : ''}
                </span>
              </>
            ) : (
              `Unlisted speaker: “${option.text}”`
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
