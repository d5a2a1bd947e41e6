import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AddArticleForm } from '../addArticle/AddArticleForm';
import { ImportDropZone } from '../import/ImportDropZone';
import { ImportPanel } from '../import/ImportPanel';
import { ImportToolbar } from '../import/ImportToolbar';
import { EmptyLibrary } from './EmptyLibrary';
import { hasFilters } from './FilterBar';
import { LibraryList } from './LibraryList';
import { ExportHighlightsMenu } from '../notes/ExportHighlightsMenu';
import './library.css';

export function LibraryRoom() {
  const formOpen = useAppStore((s) => s.draft.open);
  const openDraft = useAppStore((s) => s.openDraft);
  const loadLibrary = useAppStore((s) => s.loadLibrary);
  const { loaded, total, error, filters } = useAppStore((s) => s.library);

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  if (formOpen) return <AddArticleForm />;

  // Filters that match nothing are not an empty library.
  const empty = loaded && total === 0 && !hasFilters(filters);
  return (
    <section className="room" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Library</h1>
        {loaded && !empty && (
          <div className="room-head-tools">
            <ImportToolbar />
            <ExportHighlightsMenu />
          </div>
        )}
      </div>
      <ImportPanel />
      <ImportDropZone />
      {error && <ErrorAlert message={error} onRetry={() => void loadLibrary()} />}
      {!loaded && !error && <p role="status">Loading the library…</p>}
      {empty && <EmptyLibrary onAdd={openDraft} />}
      {loaded && !empty && <LibraryList />}
    </section>
  );
}
