import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { createAnnotationSlice, type AnnotationSlice } from './annotationSlice';
import { createArticleDraftSlice, type ArticleDraftSlice } from './articleDraftSlice';
import { createBriefingSlice, type BriefingSlice } from './briefingSlice';
import { createCodebookSlice, type CodebookSlice } from './codebookSlice';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createHistorySlice, type HistorySlice } from './historySlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createReaderSlice, type ReaderSlice } from './readerSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createStatementSlice, type StatementSlice } from './statementSlice';

export type AppState = NavigationSlice &
  LibrarySlice &
  ReaderSlice &
  ArticleDraftSlice &
  ImportSlice &
  SearchSlice &
  CodebookSlice &
  HistorySlice &
  AnnotationSlice &
  StatementSlice &
  CompareSlice &
  BriefingSlice;
export type AppStore = StoreApi<AppState>;

/** One store per window (and per test), talking to the backend only through `api`. */
export function createAppStore(api: Api): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createLibrarySlice(api)(...args),
    ...createReaderSlice(api)(...args),
    ...createArticleDraftSlice(api)(...args),
    ...createImportSlice(api)(...args),
    ...createSearchSlice(api)(...args),
    ...createCodebookSlice(api)(...args),
    ...createHistorySlice(api)(...args),
    ...createAnnotationSlice(api)(...args),
    ...createStatementSlice(api)(...args),
    ...createCompareSlice(api)(...args),
    ...createBriefingSlice(api)(...args),
  }));
}
