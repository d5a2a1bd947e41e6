import type { SearchHit } from '../../../shared/domain/search';
import { useAppStore } from '../../store/AppStoreProvider';
import { formatDate, languageName } from '../../ui/format';
import { moveHitFocus, RESULTS_ID } from './hitFocus';
import { MarkedParts } from './MarkedParts';

function HitItem({ hit }: { hit: SearchHit }) {
  const openSearchHit = useAppStore((s) => s.openSearchHit);
  const { id, outlet, published_at, language, direction } = hit.article;
  const about = [outlet, published_at && formatDate(published_at), languageName(language)].filter(Boolean).join(' · ');
  return (
    <li className="search-hit">
      <button type="button" className="link-button search-hit-title" dir="auto" data-hit onClick={() => void openSearchHit(id)}>
        <MarkedParts parts={hit.title} />
      </button>
      <p className="search-hit-about">
        <bdi>{about}</bdi>
      </p>
      <p className="search-hit-snippet" dir={direction} lang={language}>
        <MarkedParts parts={hit.snippet} />
      </p>
    </li>
  );
}

/** The hits, best first; arrow keys (and Home/End) move between them, Enter opens one. */
export function HitList({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol
      id={RESULTS_ID}
      className="search-hits"
      aria-label="Search results"
      onKeyDown={(event) => {
        if (moveHitFocus(event.key)) event.preventDefault();
      }}
    >
      {hits.map((hit) => (
        <HitItem key={hit.article.id} hit={hit} />
      ))}
    </ol>
  );
}
