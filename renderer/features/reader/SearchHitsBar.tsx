import type { SearchHits } from './useSearchHits';

interface SearchHitsBarProps {
  query: string;
  hits: SearchHits;
  onClear(): void;
}

/** "5 matches for “query”", where the analyst is among them, and the controls to move or stop. */
export function SearchHitsBar({ query, hits, onClear }: SearchHitsBarProps) {
  const { count, current } = hits;
  const quoted = (
    <>
      “<bdi>{query}</bdi>”
    </>
  );
  return (
    <div className="reader-hits-bar" role="group" aria-label="Search matches">
      <p className="reader-hits-summary">
        {count === 0 ? <>No matches for {quoted}</> : <>{count === 1 ? '1 match' : `${count} matches`} for {quoted}</>}
        {count > 1 && (
          <span className="reader-hits-position" aria-live="polite">
            {' '}
            · {current + 1} of {count}
          </span>
        )}
      </p>
      <div className="reader-hits-actions">
        {count > 1 && (
          <>
            <button type="button" className="button" onClick={hits.previous}>
              Previous
            </button>
            <button type="button" className="button" onClick={hits.next}>
              Next
            </button>
          </>
        )}
        <button type="button" className="button" onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
