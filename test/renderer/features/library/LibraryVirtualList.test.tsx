import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIBRARY_ROW_HEIGHT, LIBRARY_VIEWPORT_HEIGHT } from '../../../../renderer/features/library/ArticleTable';
import { LIBRARY_PAGE_SIZE } from '../../../../renderer/store/librarySlice';
import { useBackendApi, type BackendApi } from '../../helpers/backendApi';
import { articleRows, renderLibrary, seedArticles } from './libraryHarness';

const COUNT = 1000;
/** Article n (1…COUNT) is imported n minutes in, so newest first puts it at row COUNT - n. */
const titleOf = (n: number) => `Article ${String(n).padStart(4, '0')}`;
const titleAtRow = (index: number) => titleOf(COUNT - index);
/** More than the rows a viewport can show, but far fewer than the library holds. */
const ROW_BOUND = Math.ceil(LIBRARY_VIEWPORT_HEIGHT / LIBRARY_ROW_HEIGHT) + 20;

const listOffsets = (backend: BackendApi) =>
  backend.calls.filter((call) => call.channel === 'articles.list').map((call) => (call.input as { offset: number }).offset);

/** The rendered row for list index `index` (aria-rowindex counts the header as row 1). */
const rowAt = (index: number) => articleRows().find((row) => row.getAttribute('aria-rowindex') === String(index + 2));

function scrollToRow(grid: HTMLElement, index: number) {
  fireEvent.scroll(grid, { target: { scrollTop: index * LIBRARY_ROW_HEIGHT } });
}

describe('The library table at scale', () => {
  const backendApi = useBackendApi();

  async function bigLibrary() {
    const backend = backendApi();
    seedArticles(
      backend,
      Array.from({ length: COUNT }, (_, i) => ({ title: titleOf(i + 1), body: `Body ${i + 1}.` })),
    );
    return renderLibrary(backend);
  }

  it('renders only the rows in view while announcing them all', async () => {
    const { grid, backend } = await bigLibrary();
    await waitFor(() => expect(rowAt(0)?.textContent).toContain(titleAtRow(0)));

    expect(grid.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(articleRows().length).toBeLessThanOrEqual(ROW_BOUND);
    expect(listOffsets(backend)).toEqual([0]);
    expect(backend.calls.find((call) => call.channel === 'articles.list')?.input).toMatchObject({ limit: LIBRARY_PAGE_SIZE });
  });

  it('fetches the page that scrolls into view, and shows its rows in place', async () => {
    const { grid, backend } = await bigLibrary();
    await waitFor(() => expect(rowAt(0)).toBeTruthy());

    scrollToRow(grid, 500);
    await waitFor(() => expect(rowAt(500)?.textContent).toContain(titleAtRow(500)));
    expect(listOffsets(backend)).toEqual([0, 400]);
    expect(rowAt(500)!.style.top).toBe(`${500 * LIBRARY_ROW_HEIGHT}px`);
    expect(rowAt(0)).toBeUndefined();
    expect(articleRows().length).toBeLessThanOrEqual(ROW_BOUND);
  });

  it('fetches both pages when the view straddles a page boundary', async () => {
    const { grid, backend } = await bigLibrary();
    await waitFor(() => expect(rowAt(0)).toBeTruthy());

    scrollToRow(grid, 595);
    await waitFor(() => expect(rowAt(605)?.textContent).toContain(titleAtRow(605)));
    expect(listOffsets(backend).slice(1).sort((a, b) => a - b)).toEqual([400, 600]);
  });

  it('drops far-away pages and fetches them again when they come back into view', async () => {
    const { grid, backend, store } = await bigLibrary();
    await waitFor(() => expect(rowAt(0)).toBeTruthy());

    scrollToRow(grid, 950);
    await waitFor(() => expect(rowAt(950)?.textContent).toContain(titleAtRow(950)));
    expect(Object.keys(store.getState().library.pages)).not.toContain('0');

    scrollToRow(grid, 0);
    await waitFor(() => expect(rowAt(0)?.textContent).toContain(titleAtRow(0)));
    expect(listOffsets(backend).filter((offset) => offset === 0)).toHaveLength(2);
  });

  it('follows the keyboard to the end of the list, fetching the last page', async () => {
    const { grid, user, backend } = await bigLibrary();
    await waitFor(() => expect(rowAt(0)).toBeTruthy());
    grid.focus();
    await user.keyboard('{End}');

    await waitFor(() => expect(rowAt(COUNT - 1)?.getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(within(rowAt(COUNT - 1)!).getByRole('button', { name: titleOf(1) })).toBeTruthy());
    expect(listOffsets(backend)).toContain(800);
    expect(grid.scrollTop).toBe(COUNT * LIBRARY_ROW_HEIGHT - (LIBRARY_VIEWPORT_HEIGHT - LIBRARY_ROW_HEIGHT));
    expect(screen.getAllByRole('row').length).toBeLessThanOrEqual(ROW_BOUND + 1);
  });
});
