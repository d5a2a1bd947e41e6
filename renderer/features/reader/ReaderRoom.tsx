import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ArticleView } from './ArticleView';
import './reader.css';

export function ReaderRoom() {
  const { openId, article, loading, error } = useAppStore((s) => s.reader);
  const openArticle = useAppStore((s) => s.openArticle);
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
  return (
    <section className="room reader" aria-label="Reader">
      <div className="reader-bar">{backToLibrary}</div>
      {loading && <p role="status">Opening the article…</p>}
      {error && <ErrorAlert message={error} onRetry={() => void openArticle(openId)} />}
      {article && <ArticleView article={article} />}
    </section>
  );
}
