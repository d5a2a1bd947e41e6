import type { StateCreator } from 'zustand/vanilla';
import type { z } from 'zod';
import type {
  Article,
  ArticleFacets,
  ArticleFilters,
  ArticleSort,
  ArticleSummary,
  ArticleUpdateInput,
} from '../../shared/domain/article';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';
import { patcher } from './patchState';

/** Rows fetched per request as the analyst scrolls. */
export const LIBRARY_PAGE_SIZE = 200;
/** Pages further than this from the visible rows are dropped from the cache. */
const PAGES_KEPT_AROUND = 3;

export type SortOrder = 'asc' | 'desc';

export interface LibraryState {
  filters: ArticleFilters;
  sort: z.infer<typeof ArticleSort>;
  order: SortOrder;
  /** Articles matching the filters. */
  total: number;
  /** Loaded pages of the current query by page number (row index / LIBRARY_PAGE_SIZE). */
  pages: Record<number, ArticleSummary[]>;
  /** Changes with every new query, so answers to an older one are dropped. */
  generation: number;
  /** False until the first page has arrived, so an empty library is not announced too early. */
  loaded: boolean;
  error: string | null;
  /** The outlets and languages the filters offer; null until loaded. */
  facets: ArticleFacets | null;
  /** The article just added, to point it out in the list. */
  addedId: string | null;
}

export interface LibrarySlice {
  library: LibraryState;
  /** Loads the list from its first row (and the facets): on opening, and after articles arrive. */
  loadLibrary(): Promise<void>;
  setLibraryFilters(filters: ArticleFilters): Promise<void>;
  setLibrarySort(sort: LibraryState['sort'], order: SortOrder): Promise<void>;
  /** Makes sure rows `first`..`last` (indexes into the sorted list) are loaded or on their way. */
  ensureLibraryRows(first: number, last: number): void;
  /** Saves corrected metadata; throws the backend's error (with its `field`) for the form to show. */
  updateArticle(input: ArticleUpdateInput): Promise<Article>;
  /** Deletes an article; throws the backend's error. */
  deleteArticle(id: string): Promise<{ id: string; title: string }>;
}

/** The loaded row at `index`, if its page is in the cache. */
export function libraryRow(library: LibraryState, index: number): ArticleSummary | undefined {
  return library.pages[Math.floor(index / LIBRARY_PAGE_SIZE)]?.[index % LIBRARY_PAGE_SIZE];
}

/** How many articles the workspace holds, whatever the filters: every article has a language. */
export function libraryArticleCount(facets: ArticleFacets | null): number | null {
  return facets && facets.languages.reduce((sum, facet) => sum + facet.count, 0);
}

export const createLibrarySlice =
  (api: Api): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get, store) => {
    const patch = patcher(set, 'library');
    // Highlights made, undone or redone elsewhere change the counts and tag filters shown here.
    followHistory(store, () => void get().loadLibrary(), { when: (state) => state.library.loaded });
    /** Pages requested for the current generation and not yet answered. */
    let pending = new Set<number>();
    let latestFacets = 0;

    async function fetchPage(page: number, generation: number) {
      pending.add(page);
      const { filters, sort, order } = get().library;
      try {
        const answer = await api.invoke('articles.list', {
          filters,
          sort,
          order,
          offset: page * LIBRARY_PAGE_SIZE,
          limit: LIBRARY_PAGE_SIZE,
        });
        if (generation !== get().library.generation) return;
        pending.delete(page);
        patch({ pages: { ...get().library.pages, [page]: answer.items }, total: answer.total, loaded: true });
      } catch (error) {
        if (generation !== get().library.generation) return;
        pending.delete(page);
        patch({ error: errorMessage(error) });
      }
    }

    async function loadFacets() {
      const request = ++latestFacets;
      try {
        const facets = await api.invoke('articles.facets', {});
        if (request === latestFacets) patch({ facets });
      } catch (error) {
        if (request === latestFacets) patch({ error: errorMessage(error) });
      }
    }

    /**
     * Starts a new generation: from the first page for a new query, or (after an edit or a
     * delete) the pages already shown, which stay on screen until their fresh copies arrive.
     */
    async function reload(change: Partial<LibraryState>, keepPages: boolean) {
      const shown = keepPages ? Object.keys(get().library.pages).map(Number) : [];
      const generation = get().library.generation + 1;
      pending = new Set();
      patch({ ...change, generation, error: null, ...(keepPages ? {} : { pages: {} }) });
      await Promise.all((shown.length ? shown : [0]).map((page) => fetchPage(page, generation)));
    }

    return {
      library: {
        filters: {},
        sort: 'imported_at',
        order: 'desc',
        total: 0,
        pages: {},
        generation: 0,
        loaded: false,
        error: null,
        facets: null,
        addedId: null,
      },
      async loadLibrary() {
        await Promise.all([reload({}, false), loadFacets()]);
      },
      setLibraryFilters: (filters) => reload({ filters }, false),
      setLibrarySort: (sort, order) => reload({ sort, order }, false),
      ensureLibraryRows(first, last) {
        const { pages, total, generation, error } = get().library;
        if (total === 0 || error) return;
        const firstPage = Math.floor(Math.max(0, first) / LIBRARY_PAGE_SIZE);
        const lastPage = Math.floor(Math.min(last, total - 1) / LIBRARY_PAGE_SIZE);
        for (let page = firstPage; page <= lastPage; page += 1) {
          if (!pages[page] && !pending.has(page)) void fetchPage(page, generation);
        }
        const far = Object.keys(pages)
          .map(Number)
          .filter((page) => page < firstPage - PAGES_KEPT_AROUND || page > lastPage + PAGES_KEPT_AROUND);
        if (far.length) {
          const kept = { ...pages };
          for (const page of far) delete kept[page];
          patch({ pages: kept });
        }
      },
      async updateArticle(input) {
        const article = await api.invoke('articles.update', input);
        await Promise.all([reload({}, true), loadFacets()]);
        return article;
      },
      async deleteArticle(id) {
        const removed = await api.invoke('articles.delete', { id });
        // The list no longer points out an article that is gone.
        const forget = get().library.addedId === id ? { addedId: null } : {};
        await Promise.all([reload(forget, true), loadFacets()]);
        return removed;
      },
    };
  };
