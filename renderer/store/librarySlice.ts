import type { StateCreator } from 'zustand/vanilla';
import type { ArticleSummary } from '../../shared/domain/article';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { patcher } from './patchState';

export const LIBRARY_PAGE_SIZE = 50;

export interface LibraryState {
  items: ArticleSummary[];
  total: number;
  offset: number;
  loading: boolean;
  /** False until the first page has arrived, so an empty library is not announced too early. */
  loaded: boolean;
  error: string | null;
  /** The article just added, to point it out in the list. */
  addedId: string | null;
}

export interface LibrarySlice {
  library: LibraryState;
  loadLibrary(offset?: number): Promise<void>;
}

export const createLibrarySlice =
  (api: Api): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => {
    const patch = patcher(set, 'library');
    let latestRequest = 0;
    return {
      library: { items: [], total: 0, offset: 0, loading: false, loaded: false, error: null, addedId: null },
      async loadLibrary(offset = get().library.offset) {
        // Only the latest request may write: a slow earlier page must not replace a newer one.
        const request = ++latestRequest;
        patch({ loading: true, error: null });
        try {
          const page = await api.invoke('articles.list', {
            sort: 'imported_at',
            order: 'desc',
            offset,
            limit: LIBRARY_PAGE_SIZE,
          });
          if (request === latestRequest) {
            patch({ items: page.items, total: page.total, offset, loading: false, loaded: true });
          }
        } catch (error) {
          if (request === latestRequest) patch({ loading: false, error: errorMessage(error) });
        }
      },
    };
  };
