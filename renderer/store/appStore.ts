import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { createArticleDraftSlice, type ArticleDraftSlice } from './articleDraftSlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createReaderSlice, type ReaderSlice } from './readerSlice';

export type AppState = NavigationSlice & LibrarySlice & ReaderSlice & ArticleDraftSlice;
export type AppStore = StoreApi<AppState>;

/** One store per window (and per test), talking to the backend only through `api`. */
export function createAppStore(api: Api): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createLibrarySlice(api)(...args),
    ...createReaderSlice(api)(...args),
    ...createArticleDraftSlice(api)(...args),
  }));
}
