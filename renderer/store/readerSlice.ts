import type { StateCreator } from 'zustand/vanilla';
import type { Article } from '../../shared/domain/article';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { patcher } from './patchState';

export interface ReaderState {
  /** The article asked for; `article` catches up once it has loaded. */
  openId: string | null;
  article: Article | null;
  loading: boolean;
  error: string | null;
}

export interface ReaderSlice {
  reader: ReaderState;
  openArticle(id: string): Promise<void>;
}

export const createReaderSlice =
  (api: Api): StateCreator<AppState, [], [], ReaderSlice> =>
  (set, get) => {
    const patch = patcher(set, 'reader');
    return {
      reader: { openId: null, article: null, loading: false, error: null },
      async openArticle(id) {
        set({ room: 'reader' });
        patch({ openId: id, article: null, loading: true, error: null });
        try {
          const article = await api.invoke('articles.get', { id });
          if (get().reader.openId === id) patch({ article, loading: false });
        } catch (error) {
          if (get().reader.openId === id) patch({ loading: false, error: errorMessage(error) });
        }
      },
    };
  };
