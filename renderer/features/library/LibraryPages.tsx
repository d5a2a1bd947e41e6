import { useAppStore } from '../../store/AppStoreProvider';
import { LIBRARY_PAGE_SIZE } from '../../store/librarySlice';

/** "Articles 51–100 of 240" with previous/next; hidden while everything fits on one page. */
export function LibraryPages() {
  const { offset, total, items, loading } = useAppStore((s) => s.library);
  const loadLibrary = useAppStore((s) => s.loadLibrary);
  if (total <= LIBRARY_PAGE_SIZE) return null;
  return (
    <nav aria-label="Library pages" className="pages">
      <span>
        Articles {offset + 1}–{offset + items.length} of {total}
      </span>
      <button
        type="button"
        className="button"
        disabled={loading || offset === 0}
        onClick={() => void loadLibrary(Math.max(0, offset - LIBRARY_PAGE_SIZE))}
      >
        Previous page
      </button>
      <button
        type="button"
        className="button"
        disabled={loading || offset + LIBRARY_PAGE_SIZE >= total}
        onClick={() => void loadLibrary(offset + LIBRARY_PAGE_SIZE)}
      >
        Next page
      </button>
    </nav>
  );
}
