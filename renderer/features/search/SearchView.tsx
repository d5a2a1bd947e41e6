import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FilterBar } from '../library/FilterBar';
import { HitList } from './HitList';
import { SearchPages } from './SearchPages';
import './search.css';

const plural = (n: number) => `${n} match${n === 1 ? '' : 'es'}`;

/** What the search came to, announced politely as it changes. */
function Summary() {
  const { query, total, loading, answered, queryProblem, error } = useAppStore((s) => s.search);
  let text = '';
  if (loading) text = `Searching for “${query}”…`;
  else if (answered && !queryProblem && !error) {
    text = total === 0 ? `No matches for “${query}”. Try fewer words, another spelling, or fewer filters.` : `${plural(total)} for “${query}”`;
  }
  return (
    <p role="status" className="search-summary">
      <bdi>{text}</bdi>
    </p>
  );
}

/** The results of the last search, shown in place of the room; filters narrow it like the library's. */
export function SearchView() {
  const { filters, hits, offset, queryProblem, error, facets } = useAppStore((s) => s.search);
  const setSearchFilters = useAppStore((s) => s.setSearchFilters);
  const loadSearchPage = useAppStore((s) => s.loadSearchPage);
  const loadSearchFacets = useAppStore((s) => s.loadSearchFacets);
  const closeSearch = useAppStore((s) => s.closeSearch);

  useEffect(() => {
    void loadSearchFacets();
  }, [loadSearchFacets]);

  return (
    <section className="room search" aria-labelledby="search-heading">
      <div className="room-head">
        <h1 id="search-heading">Search</h1>
        <button type="button" className="button" onClick={closeSearch}>
          Close search
        </button>
      </div>
      <FilterBar value={filters} onChange={(next) => void setSearchFilters(next)} facets={facets} />
      {queryProblem && <ErrorAlert message={queryProblem} />}
      {error && <ErrorAlert message={error} onRetry={() => void loadSearchPage(offset)} />}
      <Summary />
      {hits.length > 0 && <HitList hits={hits} />}
      <SearchPages />
    </section>
  );
}
