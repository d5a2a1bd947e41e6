import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AddArticleForm } from '../addArticle/AddArticleForm';
import { ArticleTable } from './ArticleTable';
import { EmptyLibrary } from './EmptyLibrary';
import { LibraryPages } from './LibraryPages';
import './library.css';

export function LibraryRoom() {
  const formOpen = useAppStore((s) => s.draft.open);
  const openDraft = useAppStore((s) => s.openDraft);
  const loadLibrary = useAppStore((s) => s.loadLibrary);
  const { loaded, total, error } = useAppStore((s) => s.library);

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  if (formOpen) return <AddArticleForm />;

  const empty = loaded && total === 0;
  return (
    <section className="room" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Library</h1>
        {loaded && !empty && (
          <button type="button" className="button primary" onClick={openDraft}>
            Add article
          </button>
        )}
      </div>
      {error && <ErrorAlert message={error} onRetry={() => void loadLibrary()} />}
      {!loaded && !error && <p role="status">Loading the library…</p>}
      {empty && <EmptyLibrary onAdd={openDraft} />}
      {loaded && !empty && (
        <>
          <ArticleTable />
          <LibraryPages />
        </>
      )}
    </section>
  );
}
