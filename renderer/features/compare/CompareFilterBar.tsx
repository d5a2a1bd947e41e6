import { memo, useEffect, useId, useState, type ChangeEvent } from 'react';
import type { CompareFilters } from '../../../shared/domain/compare';
import { useAppStore } from '../../store/AppStoreProvider';
import { cleanFilters } from '../../store/compareSlice';
import { ChecklistFilter } from './ChecklistFilter';
import { SpeakerFilter } from './SpeakerFilter';

/** How long typing in the text filter pauses before the matrix follows. */
export const TEXT_FILTER_PAUSE_MS = 400;

const KINDS = [
  { value: 'direct', label: 'Direct quotation' },
  { value: 'reported', label: 'Reported speech' },
];
const STANCES = ['conciliatory', 'neutral', 'critical', 'hostile'].map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }));

/** Date range, speakers, outlets, kind, stance and words in the quote; each change reloads the matrix. */
export const CompareFilterBar = memo(function CompareFilterBar() {
  const filters = useAppStore((s) => s.compare.filters);
  const outlets = useAppStore((s) => s.compare.outlets);
  const setFilters = useAppStore((s) => s.setCompareFilters);
  const loadOutlets = useAppStore((s) => s.loadOutlets);
  const id = useId();
  const [text, setText] = useState(filters.text ?? '');
  const change = (next: Partial<CompareFilters>) => void setFilters({ ...filters, ...next });
  const dateChange = (key: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => change({ [key]: event.target.value || undefined });

  useEffect(() => {
    if (text.trim() === (filters.text ?? '').trim()) return;
    const timer = setTimeout(() => change({ text: text.trim() || undefined }), TEXT_FILTER_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  const filtering = Object.keys(cleanFilters(filters)).length > 0;
  return (
    <div role="group" aria-label="Filters" className="filter-bar compare-filters">
      <div className="filter">
        <label htmlFor={`${id}-from`}>Said from</label>
        <input id={`${id}-from`} type="date" value={filters.from ?? ''} onChange={dateChange('from')} />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-to`}>Said to</label>
        <input id={`${id}-to`} type="date" value={filters.to ?? ''} onChange={dateChange('to')} />
      </div>
      <SpeakerFilter chosen={filters.actor_ids ?? []} onChange={(actor_ids) => change({ actor_ids })} />
      <ChecklistFilter
        label="Outlets"
        options={[...new Set([...(filters.outlets ?? []), ...(outlets ?? [])])].map((o) => ({ value: o, label: o }))}
        chosen={filters.outlets ?? []}
        onChange={(chosen) => change({ outlets: chosen })}
        onOpen={() => void loadOutlets()}
        emptyText="No article names its outlet yet."
      />
      <ChecklistFilter
        label="Kind"
        options={KINDS}
        chosen={filters.kinds ?? []}
        onChange={(chosen) => change({ kinds: chosen as CompareFilters['kinds'] })}
      />
      <ChecklistFilter
        label="Stance"
        options={STANCES}
        chosen={filters.stances ?? []}
        onChange={(chosen) => change({ stances: chosen as CompareFilters['stances'] })}
      />
      <div className="filter">
        <label htmlFor={`${id}-text`}>Words in the quote</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          placeholder="e.g. Torkham OR border"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && change({ text: text.trim() || undefined })}
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={!filtering}
        onClick={() => {
          setText('');
          void setFilters({});
        }}
      >
        Clear filters
      </button>
    </div>
  );
});
