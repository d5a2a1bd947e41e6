import type { StateCreator } from 'zustand/vanilla';
import type { Tag, TagCreateInput, TagUpdateInput } from '../../shared/domain/tag';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';
import { followHistory } from './followChanges';

export interface CodebookState {
  /** Every tag, flat (parent_id gives the hierarchy), in sibling order. */
  tags: Tag[];
  /** False until the first list has arrived, so an empty codebook is not announced too early. */
  loaded: boolean;
  error: string | null;
}

export interface CodebookSlice {
  codebook: CodebookState;
  loadTags(): Promise<void>;
  /** Each change below throws the backend's error (conflict, invalid_input) for its dialog to show. */
  createTag(input: TagCreateInput): Promise<Tag>;
  updateTag(input: TagUpdateInput): Promise<Tag>;
  /** `from`'s highlights and sub-tags go to `into`; `from` disappears. */
  mergeTags(from: string, into: string): Promise<Tag>;
  /** A tag in use needs `moveTo`, where its highlights and sub-tags go. */
  deleteTag(id: string, moveTo?: string): Promise<void>;
}

export const createCodebookSlice =
  (api: Api): StateCreator<AppState, [], [], CodebookSlice> =>
  (set, get, store) => {
    const patch = (change: Partial<CodebookState>) => set((state) => ({ codebook: { ...state.codebook, ...change } }));
    let latest = 0;
    let loading: Promise<void> = Promise.resolve();

    function loadTags(): Promise<void> {
      const mine = ++latest;
      loading = api.invoke('tags.list', {}).then(
        (tags) => {
          if (mine === latest) patch({ tags, loaded: true, error: null });
        },
        (error: unknown) => {
          if (mine === latest) patch({ error: errorMessage(error) });
        },
      );
      return loading;
    }

    // Any change anywhere (a highlight tagged in the reader, an undo) can change the tags or
    // their counts, so the list follows the history's change counter wherever it is shown.
    followHistory(store, () => void loadTags());

    /** Records the change (which reloads the tags) and waits for the fresh list. */
    async function changed<T>(result: T): Promise<T> {
      const history = get().noteChange();
      await Promise.all([loading, history]);
      return result;
    }

    return {
      codebook: { tags: [], loaded: false, error: null },
      loadTags,
      createTag: async (input) => changed(await api.invoke('tags.create', input)),
      updateTag: async (input) => changed(await api.invoke('tags.update', input)),
      mergeTags: async (from, into) => changed(await api.invoke('tags.merge', { from, into })),
      async deleteTag(id, moveTo) {
        await changed(await api.invoke('tags.delete', moveTo ? { id, move_to: moveTo } : { id }));
      },
    };
  };
