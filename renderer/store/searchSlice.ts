import type { StateCreator } from 'zustand/vanilla';
import type { ArticleFacets, ArticleFilters } from '../../shared/domain/article';
import type { SearchHit } from '../../shared/domain/search';
import { ApiError } from '../api/apiError';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';

export const SEARCH_PAGE_SIZE = 25;

export interface SearchState {
  /** The search view is shown in place of the current room. */
  open: boolean;
  /** The query last run (the field may already hold another). */
  query: string;
  filters: ArticleFilters;
  hits: SearchHit[];
  total: number;
  offset: number;
  loading: boolean;
  /** True once an answer for `query` has arrived, so "no matches" is not announced too early. */
  answered: boolean;
  /** Why the query itself cannot be searched (from the backend's query parser). */
  queryProblem: string | null;
  /** Any other failure; the search may be retried. */
  error: string | null;
  /** The outlets and languages the filters offer; null until loaded. */
  facets: ArticleFacets | null;
}

export interface SearchSlice {
  search: SearchState;
  /** Runs `query` from its first page and shows the search view. */
  runSearch(query: string): Promise<void>;
  setSearchFilters(filters: ArticleFilters): Promise<void>;
  loadSearchPage(offset: number): Promise<void>;
  /** Opens a hit in the reader with the query's words marked. */
  openSearchHit(id: string): Promise<void>;
  closeSearch(): void;
  loadSearchFacets(): Promise<void>;
}

const isQueryProblem = (error: unknown) => error instanceof ApiError && error.code === 'invalid_input' && error.field === 'query';

export const createSearchSlice =
  (api: Api): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<SearchState>) => set((state) => ({ search: { ...state.search, ...change } }));
    let latestRequest = 0;

    // Going to another room leaves the search view.
    store.subscribe((state, previous) => {
      if (state.room !== previous.room && state.search.open) patch({ open: false });
    });

    async function load(query: string, filters: ArticleFilters, offset: number) {
      // Only the latest request may write: a slow earlier search must not replace a newer one.
      const request = ++latestRequest;
      patch({ open: true, query, filters, offset, loading: true, error: null, queryProblem: null });
      try {
        const page = await api.invoke('search.query', { query, filters, offset, limit: SEARCH_PAGE_SIZE });
        if (request === latestRequest) patch({ hits: page.hits, total: page.total, loading: false, answered: true });
      } catch (error) {
        if (request !== latestRequest) return;
        const problem = isQueryProblem(error);
        patch({
          hits: [],
          total: 0,
          loading: false,
          answered: true,
          queryProblem: problem ? errorMessage(error) : null,
          error: problem ? null : errorMessage(error),
        });
      }
    }

    return {
      search: {
        open: false,
        query: '',
        filters: {},
        hits: [],
        total: 0,
        offset: 0,
        loading: false,
        answered: false,
        queryProblem: null,
        error: null,
        facets: null,
      },
      runSearch: (query) => load(query.trim(), get().search.filters, 0),
      setSearchFilters: (filters) => load(get().search.query, filters, 0),
      loadSearchPage: (offset) => load(get().search.query, get().search.filters, offset),
      async openSearchHit(id) {
        patch({ open: false });
        await get().openArticle(id, { highlightQuery: get().search.query });
      },
      closeSearch: () => patch({ open: false }),
      async loadSearchFacets() {
        try {
          patch({ facets: await api.invoke('articles.facets', {}) });
        } catch {
          // The filters then offer no outlet or language choices; searching still works.
          patch({ facets: null });
        }
      },
    };
  };
