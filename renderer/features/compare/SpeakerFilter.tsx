import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { ChecklistFilter, type ChecklistOption } from './ChecklistFilter';

/** At most this many matches are listed; the search narrows the rest. */
const SHOWN_MATCHES = 40;
const SEARCH_PAUSE_MS = 250;

interface SpeakerFilterProps {
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** Speakers to keep: search the actor registry (any script), tick the ones wanted. */
export function SpeakerFilter({ chosen, onChange }: SpeakerFilterProps) {
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  // With nothing typed, every actor: the registry already holds them, so only a search asks the backend.
  const matches = useAppStore((s) => (searching ? s.compare.speakerMatches : null) ?? s.registry.actors);
  const findSpeakers = useAppStore((s) => s.findSpeakers);
  /** Names of chosen actors, remembered so they stay listed when a search no longer matches them. */
  const names = useRef(new Map<string, string>());
  for (const actor of matches) names.current.set(actor.id, actor.name);

  useEffect(() => {
    if (!searching) return;
    const timer = setTimeout(() => void findSpeakers(query), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, searching, findSpeakers]);

  const options = useMemo<ChecklistOption[]>(() => {
    const listed = matches.slice(0, SHOWN_MATCHES).map((a) => ({ value: a.id, label: a.role ? `${a.name} (${a.role})` : a.name }));
    const missing = chosen.filter((id) => !listed.some((o) => o.value === id)).map((id) => ({ value: id, label: names.current.get(id) ?? id }));
    return [...missing, ...listed];
  }, [matches, chosen]);

  return (
    <ChecklistFilter label="Speakers" options={options} chosen={chosen} onChange={onChange} emptyText="No speaker matches.">
      <input
        type="search"
        aria-label="Search speakers"
        placeholder="Name, in any script"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
    </ChecklistFilter>
  );
}
