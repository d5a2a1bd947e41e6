import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/domain/article';
import type { LibraryState, SortOrder } from '../../store/librarySlice';
import { formatDate, languageName } from '../../ui/format';

/** What a cell may do besides showing data. */
export interface CellContext {
  open(id: string): void;
}

export interface LibraryColumn {
  key: string;
  label: string;
  /** The column's CSS grid track. */
  width: string;
  /** The list sort its header applies and which way it goes first; a column without one does not sort. */
  sort?: { by: LibraryState['sort']; first: SortOrder };
  cell(article: ArticleSummary, context: CellContext): ReactNode;
}

const NOT_GIVEN = '—';

/**
 * The library's columns, in order. A new column (a count of highlights or statements, say) is
 * one more entry; the table lays out, labels and sorts from this list.
 */
export const LIBRARY_COLUMNS: LibraryColumn[] = [
  {
    key: 'title',
    label: 'Title',
    width: 'minmax(12rem, 4fr)',
    sort: { by: 'title', first: 'asc' },
    cell: (article, { open }) => (
      // One tab stop for the whole table: rows are reached with the arrow keys, Enter opens.
      <button type="button" className="link-button" dir="auto" tabIndex={-1} onClick={() => open(article.id)}>
        {article.title}
      </button>
    ),
  },
  {
    key: 'outlet',
    label: 'Outlet',
    width: 'minmax(6rem, 1fr)',
    sort: { by: 'outlet', first: 'asc' },
    cell: (article) => <bdi>{article.outlet ?? NOT_GIVEN}</bdi>,
  },
  {
    key: 'published',
    label: 'Published',
    width: '7.5rem',
    sort: { by: 'published_at', first: 'desc' },
    cell: (article) => (article.published_at ? formatDate(article.published_at) : NOT_GIVEN),
  },
  {
    key: 'language',
    label: 'Language',
    width: '6.5rem',
    sort: { by: 'language', first: 'asc' },
    cell: (article) => languageName(article.language),
  },
  {
    key: 'highlights',
    label: 'Highlights',
    width: '7rem',
    cell: (article) => article.highlight_count,
  },
  {
    key: 'statements',
    label: 'Statements',
    width: '7rem',
    cell: (article) => article.statement_count,
  },
  {
    key: 'imported',
    label: 'Imported',
    width: '7.5rem',
    sort: { by: 'imported_at', first: 'desc' },
    cell: (article) => formatDate(article.imported_at),
  },
];
