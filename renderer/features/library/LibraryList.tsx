import { useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain/article';
import { useAppStore } from '../../store/AppStoreProvider';
import { libraryArticleCount } from '../../store/librarySlice';
import { ArticleTable } from './ArticleTable';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import { EditArticleDialog } from './EditArticleDialog';
import { FilterBar, hasFilters } from './FilterBar';

type Dialog = { kind: 'edit' | 'delete'; article: ArticleSummary };

const articles = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;

/** The library's filters, how many articles match, the table, and its Edit details / Delete dialogs. */
export function LibraryList() {
  const { filters, total, facets, pages, addedId } = useAppStore((s) => s.library);
  const setFilters = useAppStore((s) => s.setLibraryFilters);
  const grid = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  const filtering = hasFilters(filters);
  const all = libraryArticleCount(facets);
  const added = addedId ? pages[0]?.find((article) => article.id === addedId) : undefined;
  const notice = deleted ? ['Deleted', deleted, 'from the library.'] : added ? ['Added', added.title, 'to the library.'] : null;

  return (
    <>
      {notice && (
        <p role="status" className="notice">
          {notice[0]} “<bdi>{notice[1]}</bdi>” {notice[2]}
        </p>
      )}
      <div className="library-tools">
        <FilterBar value={filters} onChange={(next) => void setFilters(next)} facets={facets} />
        <p className="library-count" aria-live="polite">
          {filtering && all !== null ? `${total.toLocaleString('en')} of ${articles(all)}` : articles(total)}
        </p>
      </div>
      {total === 0 && filtering ? (
        <p className="library-no-match">No articles match these filters.</p>
      ) : (
        <ArticleTable
          gridRef={grid}
          onEdit={(article) => setDialog({ kind: 'edit', article })}
          onDelete={(article) => setDialog({ kind: 'delete', article })}
        />
      )}
      {dialog?.kind === 'edit' && <EditArticleDialog article={dialog.article} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <DeleteArticleDialog
          article={dialog.article}
          onClose={() => setDialog(null)}
          onDeleted={(title) => {
            setDialog(null);
            setDeleted(title);
          }}
        />
      )}
    </>
  );
}
