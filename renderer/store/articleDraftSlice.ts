import type { StateCreator } from 'zustand/vanilla';
import type { ArticleCreateInput } from '../../shared/domain/article';
import type { Api } from '../api/client';
import { ApiError } from '../api/apiError';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { patcher } from './patchState';

/** What the analyst has typed into the Add article form, kept while they look elsewhere. */
export interface ArticleDraft {
  title: string;
  body: string;
  url: string;
  outlet: string;
  author: string;
  published_at: string;
}

export interface ArticleDraftState {
  open: boolean;
  fields: ArticleDraft;
  saving: boolean;
  error: { message: string; field: string | undefined } | null;
}

export interface ArticleDraftSlice {
  draft: ArticleDraftState;
  openDraft(): void;
  closeDraft(): void;
  editDraft(field: keyof ArticleDraft, value: string): void;
  /** Sends the draft to `articles.create`; on success clears it and shows the new article. */
  saveDraft(): Promise<void>;
}

const EMPTY_DRAFT: ArticleDraft = { title: '', body: '', url: '', outlet: '', author: '', published_at: '' };

/** The create input without the optional fields the analyst left blank. */
function toCreateInput(fields: ArticleDraft): ArticleCreateInput {
  const { title, body, ...optional } = fields;
  const filled = Object.entries(optional).filter(([, value]) => value.trim() !== '');
  return { title, body, ...Object.fromEntries(filled) };
}

export const createArticleDraftSlice =
  (api: Api): StateCreator<AppState, [], [], ArticleDraftSlice> =>
  (set, get) => {
    const patch = patcher(set, 'draft');
    const patchLibrary = patcher(set, 'library');
    return {
      draft: { open: false, fields: EMPTY_DRAFT, saving: false, error: null },
      openDraft: () => {
        set({ room: 'library' });
        patch({ open: true });
      },
      closeDraft: () => patch({ open: false, error: null }),
      editDraft: (field, value) => {
        const { fields, error } = get().draft;
        // A complaint about this field is settled once the analyst changes it.
        patch({ fields: { ...fields, [field]: value }, error: error?.field === field ? null : error });
      },
      async saveDraft() {
        patch({ saving: true, error: null });
        try {
          const article = await api.invoke('articles.create', toCreateInput(get().draft.fields));
          patch({ open: false, saving: false, fields: EMPTY_DRAFT });
          patchLibrary({ addedId: article.id });
          await get().loadLibrary();
        } catch (error) {
          const field = error instanceof ApiError ? error.field : undefined;
          patch({ saving: false, error: { message: errorMessage(error), field } });
        }
      },
    };
  };
