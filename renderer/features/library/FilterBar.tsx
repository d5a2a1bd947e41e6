import { useId, type ChangeEvent } from 'react';
import type { ArticleFacets, ArticleFilters } from '../../../shared/domain/article';
import { languageName } from '../../ui/format';
import { TagFilter } from '../codebook/TagFilter';

export interface FilterBarProps {
  value: ArticleFilters;
  onChange(filters: ArticleFilters): void;
  /** The outlets and languages to offer, with their counts; null while they load. */
  facets: ArticleFacets | null;
}

type FilterKey = keyof ArticleFilters;
type Facet = ArticleFacets['outlets'][number];

/** The filters with one of them set, or dropped when left empty (never sent blank). */
function withFilter(filters: ArticleFilters, key: FilterKey, value: string): ArticleFilters {
  const { [key]: _replaced, ...rest } = filters;
  if (!value) return rest;
  const isList = key === 'outlets' || key === 'languages' || key === 'tag_ids';
  return { ...rest, [key]: isList ? [value] : value };
}

/** Facet options, plus the chosen value when no article has it any more (so the select still shows it). */
function optionsFor(facets: Facet[] | undefined, chosen: string | undefined): Facet[] {
  const options = facets ?? [];
  return chosen && !options.some((facet) => facet.value === chosen) ? [...options, { value: chosen, count: 0 }] : options;
}

interface FacetFilterProps {
  id: string;
  label: string;
  /** The first option, which filters nothing. */
  allLabel: string;
  facets: Facet[] | undefined;
  chosen: string | undefined;
  /** How a value reads in the list ("ur" as "Urdu"); as it is, by default. */
  name?(value: string): string;
  onChange(event: ChangeEvent<HTMLSelectElement>): void;
}

/** A labelled select of one facet's values, each with how many articles have it. */
function FacetFilter({ id, label, allLabel, facets, chosen, name = (value) => value, onChange }: FacetFilterProps) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={chosen ?? ''} onChange={onChange}>
        <option value="">{allLabel}</option>
        {optionsFor(facets, chosen).map((facet) => (
          <option key={facet.value} value={facet.value}>
            {name(facet.value)} ({facet.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Whether any filter narrows (an empty list or blank date does not). */
export function hasFilters(filters: ArticleFilters): boolean {
  return Object.values(filters).some((filter) => (Array.isArray(filter) ? filter.length > 0 : Boolean(filter)));
}

/**
 * Outlet, language, tag and publication-date filters for the library (and search): each change
 * is handed to `onChange` whole. Outlet, language and tag choose one value each.
 */
export function FilterBar({ value, onChange, facets }: FilterBarProps) {
  const id = useId();
  const set = (key: FilterKey) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange(withFilter(value, key, event.target.value));

  return (
    <div role="group" aria-label="Filters" className="filter-bar">
      <FacetFilter
        id={`${id}-outlet`}
        label="Outlet"
        allLabel="All outlets"
        facets={facets?.outlets}
        chosen={value.outlets?.[0]}
        onChange={set('outlets')}
      />
      <FacetFilter
        id={`${id}-language`}
        label="Language"
        allLabel="All languages"
        facets={facets?.languages}
        chosen={value.languages?.[0]}
        name={languageName}
        onChange={set('languages')}
      />
      <TagFilter id={`${id}-tag`} value={value.tag_ids?.[0]} onChange={(tagId) => onChange(withFilter(value, 'tag_ids', tagId))} />
      <div className="filter">
        <label htmlFor={`${id}-from`}>Published from</label>
        <input id={`${id}-from`} type="date" value={value.published_from ?? ''} onChange={set('published_from')} />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-to`}>Published to</label>
        <input id={`${id}-to`} type="date" value={value.published_to ?? ''} onChange={set('published_to')} />
      </div>
      <button type="button" className="button" disabled={!hasFilters(value)} onClick={() => onChange({})}>
        Clear filters
      </button>
    </div>
  );
}
