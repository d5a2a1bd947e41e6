import {
  useEffect,
  useId,
  useLayoutEffect,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { ArticleSummary } from '../../../shared/domain/article';
import { useAppStore } from '../../store/AppStoreProvider';
import { libraryRow } from '../../store/librarySlice';
import { LIBRARY_COLUMNS, type LibraryColumn } from './libraryColumns';

/** Every row is this tall (px), so a row's place follows from its index alone. */
export const LIBRARY_ROW_HEIGHT = 36;
/** The table's height (px) where the page cannot be measured (tests); in the app, CSS sets it. */
export const LIBRARY_VIEWPORT_HEIGHT = 560;
/** Rows rendered beyond each edge of the visible ones, so quick scrolling shows no gaps. */
const OVERSCAN = 8;
const ACTIONS_WIDTH = '8.5rem';

interface ArticleTableProps {
  /** The focusable grid itself; focus comes back here after a dialog. */
  gridRef: RefObject<HTMLDivElement | null>;
  onEdit(article: ArticleSummary): void;
  onDelete(article: ArticleSummary): void;
  rowHeight?: number;
  /** A fixed height; without it the table measures the height its CSS gives it. */
  viewportHeight?: number;
}

/** The element's height as laid out, kept current; `fallback` where nothing is laid out. */
function useMeasuredHeight(ref: RefObject<HTMLElement | null>, fallback: number, fixed: boolean): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed || !element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fixed]);
  return height;
}

type AriaSort = 'ascending' | 'descending' | 'none';

/**
 * The library as a virtual grid: only the rows in view (and a few either side) exist, placed by
 * index at a fixed row height inside a body as tall as all `total` rows; their pages are fetched
 * as they come into view. One tab stop: arrow keys, Page Up/Down, Home and End move the
 * selected row, Enter opens it in the Reader, F2 edits its details, Delete asks to delete it.
 */
export function ArticleTable({
  gridRef,
  onEdit,
  onDelete,
  rowHeight = LIBRARY_ROW_HEIGHT,
  viewportHeight,
}: ArticleTableProps) {
  const library = useAppStore((s) => s.library);
  const ensureRows = useAppStore((s) => s.ensureLibraryRows);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const openArticle = useAppStore((s) => s.openArticle);
  const { total, sort, order, filters, generation, addedId } = library;
  const baseId = useId();
  const helpId = `${baseId}-help`;
  const rowId = (index: number) => `${baseId}-row-${index}`;

  const measured = useMeasuredHeight(gridRef, LIBRARY_VIEWPORT_HEIGHT, viewportHeight !== undefined);
  const height = viewportHeight ?? measured;
  // The sticky header takes one row's height from the top of the viewport.
  const bodyHeight = Math.max(rowHeight, height - rowHeight);
  const rowsInView = Math.ceil(bodyHeight / rowHeight);

  const [topRow, setTopRow] = useState(0);
  const [selected, setSelected] = useState(0);
  const current = Math.min(selected, Math.max(0, total - 1));
  const first = Math.max(0, Math.min(topRow, total - 1) - OVERSCAN);
  const last = Math.min(total - 1, topRow + rowsInView + OVERSCAN);

  useEffect(() => {
    ensureRows(first, last);
  }, [ensureRows, first, last, total, generation]);

  // A new query (or a new article at the top) starts from the top of the list.
  useEffect(() => {
    if (gridRef.current) gridRef.current.scrollTop = 0;
    setTopRow(0);
    setSelected(0);
  }, [gridRef, filters, sort, order, addedId]);

  function scrollTo(top: number) {
    if (gridRef.current) gridRef.current.scrollTop = top;
    setTopRow(Math.floor(top / rowHeight));
  }

  function select(index: number) {
    const next = Math.max(0, Math.min(index, total - 1));
    setSelected(next);
    const scrollTop = gridRef.current?.scrollTop ?? 0;
    const rowTop = next * rowHeight;
    if (rowTop < scrollTop) scrollTo(rowTop);
    else if (rowTop + rowHeight > scrollTop + bodyHeight) scrollTo(rowTop + rowHeight - bodyHeight);
  }

  const selectedRow = libraryRow(library, current);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed on a header's sort button are the button's own.
    if (event.target !== event.currentTarget || total === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + rowsInView,
      PageUp: current - rowsInView,
      Home: 0,
      End: total - 1,
    };
    if (event.key in moves) select(moves[event.key]!);
    else if (event.key === 'Enter' && selectedRow) void openArticle(selectedRow.id);
    else if (event.key === 'F2' && selectedRow) onEdit(selectedRow);
    else if (event.key === 'Delete' && selectedRow) onDelete(selectedRow);
    else return;
    event.preventDefault();
  };

  /** Row buttons hand focus to the grid first, so a dialog they open gives it back there. */
  const rowAction = (index: number, action: () => void) => () => {
    setSelected(index);
    gridRef.current?.focus();
    action();
  };

  const headerSort = (column: LibraryColumn): AriaSort =>
    column.sort?.by === sort ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
  const toggleSort = ({ sort: columnSort }: LibraryColumn) => {
    if (!columnSort) return;
    const next = columnSort.by === sort ? (order === 'asc' ? 'desc' : 'asc') : columnSort.first;
    void setSort(columnSort.by, next);
  };

  const style = {
    height: viewportHeight,
    '--library-columns': [...LIBRARY_COLUMNS.map((column) => column.width), ACTIONS_WIDTH].join(' '),
  } as CSSProperties;
  const rows = [];
  for (let index = first; index <= last; index += 1) {
    const article = libraryRow(library, index);
    const place = { top: index * rowHeight, height: rowHeight };
    rows.push(
      article ? (
        <div
          key={article.id}
          id={rowId(index)}
          role="row"
          aria-rowindex={index + 2}
          aria-selected={index === current}
          className={`library-row${article.id === addedId ? ' is-added' : ''}`}
          style={place}
          onMouseDown={() => setSelected(index)}
          onDoubleClick={() => void openArticle(article.id)}
        >
          {LIBRARY_COLUMNS.map((column) => (
            <div key={column.key} role="gridcell" className={`library-cell library-cell-${column.key}`}>
              {column.cell(article, { open: (id) => void openArticle(id) })}
            </div>
          ))}
          <div role="gridcell" className="library-cell library-actions">
            <button
              type="button"
              className="row-action"
              tabIndex={-1}
              aria-label={`Edit details of “${article.title}”`}
              onClick={rowAction(index, () => onEdit(article))}
            >
              Edit
            </button>
            <button
              type="button"
              className="row-action"
              tabIndex={-1}
              aria-label={`Delete “${article.title}”`}
              onClick={rowAction(index, () => onDelete(article))}
            >
              Delete
            </button>
          </div>
        </div>
      ) : (
        <div key={`loading-${index}`} role="row" aria-rowindex={index + 2} aria-busy="true" className="library-row is-loading" style={place}>
          <div role="gridcell" className="library-cell">
            <span className="visually-hidden">Loading…</span>
          </div>
        </div>
      ),
    );
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label="Articles"
      aria-describedby={helpId}
      aria-rowcount={total + 1}
      aria-colcount={LIBRARY_COLUMNS.length + 1}
      aria-activedescendant={current >= first && current <= last && selectedRow ? rowId(current) : undefined}
      tabIndex={0}
      className="library-grid"
      style={style}
      onKeyDown={onKeyDown}
      onScroll={(event) => setTopRow(Math.floor(event.currentTarget.scrollTop / rowHeight))}
    >
      <span id={helpId} className="visually-hidden">
        Arrow keys move between articles; Enter opens one, F2 edits its details, Delete deletes it.
      </span>
      <div role="rowgroup" className="library-head">
        <div role="row" aria-rowindex={1} className="library-row" style={{ height: rowHeight }}>
          {LIBRARY_COLUMNS.map((column) => (
            <div key={column.key} role="columnheader" aria-sort={column.sort ? headerSort(column) : undefined} className="library-cell">
              {column.sort ? (
                <button type="button" className="sort-button" onClick={() => toggleSort(column)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {headerSort(column) === 'ascending' ? '▲' : headerSort(column) === 'descending' ? '▼' : ''}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
          <div role="columnheader" className="library-cell">
            <span className="visually-hidden">Actions</span>
          </div>
        </div>
      </div>
      <div role="rowgroup" className="library-body" style={{ height: total * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
