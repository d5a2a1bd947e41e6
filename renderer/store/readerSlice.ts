import type { StateCreator } from 'zustand/vanilla';
import type { Article, ArticleRevision } from '../../shared/domain/article';
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
  /** The search the article was opened from: its hits are marked in the body. */
  highlightQuery: string | null;
  /** Earlier texts of the open article, newest first; null until loaded (only for revision > 1). */
  revisions: ArticleRevision[] | null;
  /** Why the earlier texts could not be loaded; the article itself still reads. */
  revisionsError: string | null;
  /** A highlight to scroll to and focus once the article's highlights are drawn (from the Compare room). */
  focusAnnotationId: string | null;
}

export interface OpenArticleOptions {
  /** Marks this search's hits in the body (a blank query marks nothing). */
  highlightQuery?: string;
  /** Scrolls to this highlight and focuses it. */
  annotationId?: string;
}

export interface ReaderSlice {
  reader: ReaderState;
  openArticle(id: string, options?: OpenArticleOptions): Promise<void>;
  /** Removes the search marks from the open article. */
  clearHighlight(): void;
  /** The reader has focused the asked-for highlight (or found it gone). */
  annotationFocused(): void;
}

export const createReaderSlice =
  (api: Api): StateCreator<AppState, [], [], ReaderSlice> =>
  (set, get) => {
    const patch = patcher(set, 'reader');
    const stillOpen = (id: string) => get().reader.openId === id;

    async function loadRevisions(id: string) {
      try {
        const revisions = await api.invoke('articles.revisions', { id });
        if (stillOpen(id)) patch({ revisions });
      } catch (error) {
        if (stillOpen(id)) patch({ revisionsError: errorMessage(error) });
      }
    }

    return {
      reader: {
        openId: null,
        article: null,
        loading: false,
        error: null,
        highlightQuery: null,
        revisions: null,
        revisionsError: null,
        focusAnnotationId: null,
      },
      async openArticle(id, options = {}) {
        set({ room: 'reader' });
        patch({
          openId: id,
          article: null,
          loading: true,
          error: null,
          highlightQuery: options.highlightQuery?.trim() || null,
          revisions: null,
          revisionsError: null,
          focusAnnotationId: options.annotationId ?? null,
        });
        try {
          // One call for the article, its highlights and statements: the reader draws them together.
          const { article, annotations, statements } = await api.invoke('articles.open', { id });
          if (!stillOpen(id)) return;
          get().handOverAnnotations(id, annotations);
          get().handOverStatements(id, statements);
          patch({ article, loading: false });
          if (article.revision > 1) await loadRevisions(id);
        } catch (error) {
          if (stillOpen(id)) patch({ loading: false, error: errorMessage(error) });
        }
      },
      clearHighlight() {
        patch({ highlightQuery: null });
      },
      annotationFocused() {
        patch({ focusAnnotationId: null });
      },
    };
  };
