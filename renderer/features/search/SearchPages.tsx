import { useAppStore } from '../../store/AppStoreProvider';
import { SEARCH_PAGE_SIZE } from '../../store/searchSlice';

/** "Matches 26–50 of 57" with previous/next; hidden while every match fits on one page. */
export function SearchPages() {
  const { offset, total, hits, loading } = useAppStore((s) => s.search);
  const loadSearchPage = useAppStore((s) => s.loadSearchPage);
  if (total <= SEARCH_PAGE_SIZE) return null;
  return (
    <nav aria-label="Search result pages" className="search-pages">
      <span>
        Matches {offset + 1}–{offset + hits.length} of {total}
      </span>
      <button
        type="button"
        className="button"
        disabled={loading || offset === 0}
        onClick={() => void loadSearchPage(Math.max(0, offset - SEARCH_PAGE_SIZE))}
      >
        Previous page
      </button>
      <button
        type="button"
        className="button"
        disabled={loading || offset + SEARCH_PAGE_SIZE >= total}
        onClick={() => void loadSearchPage(offset + SEARCH_PAGE_SIZE)}
      >
        Next page
      </button>
    </nav>
  );
}
