import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ArticleView } from './ArticleView';
import './reader.css';

export function ReaderRoom() {
  const { openId, article, loading, error, highlightQuery, revisions, revisionsError } = useAppStore((s) => s.reader);
  const openArticle = useAppStore((s) => s.openArticle);
  const clearHighlight = useAppStore((s) => s.clearHighlight);
  const goTo = useAppStore((s) => s.goTo);
  const backToLibrary = (
    <button type="button" className="button" onClick={() => goTo('library')}>
      Back to library
    </button>
  );

  if (!openId) {
    return (
      <section className="room placeholder" aria-labelledby="room-heading">
        <h1 id="room-heading">Reader</h1>
        <p className="placeholder-text">No article is open. Choose one in the Library to read it here.</p>
        {backToLibrary}
      </section>
    );
  }
  const retry = () => void openArticle(openId, { highlightQuery: highlightQuery ?? undefined });
  return (
    <section className="room reader" aria-label="Reader">
      <div className="reader-bar">{backToLibrary}</div>
      {loading && <p role="status">Opening the article…</p>}
      {error && <ErrorAlert message={error} onRetry={retry} />}
      {article && (
        <ArticleView
          key={article.id}
          article={article}
          highlightQuery={highlightQuery}
          onClearHighlight={clearHighlight}
          revisions={revisions}
          revisionsError={revisionsError}
        />
      )}
    </section>
  );
}
