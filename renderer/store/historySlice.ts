import type { StateCreator } from 'zustand/vanilla';
import type { HistoryState } from '../../shared/domain/history';
import type { Api } from '../api/client';
import type { AppState } from './appStore';
import { errorMessage } from './errorMessage';

export interface UndoHistory extends HistoryState {
  /**
   * Goes up by one after every change to highlights, tags or notes (an undo and a redo
   * included): views that show such things subscribe to it and reload what they show.
   */
  changeCount: number;
  /** What the last undo or redo did ("Undid Delete highlight"), or why it failed, for a live region. */
  announcement: string;
}

export interface HistorySlice {
  history: UndoHistory;
  /** Fetches what Undo and Redo would do now. */
  loadHistory(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Other slices call this after every change they make, so labels and `changeCount` follow. */
  noteChange(): Promise<void>;
}

export const createHistorySlice =
  (api: Api): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => {
    const patch = (change: Partial<UndoHistory>) => set((state) => ({ history: { ...state.history, ...change } }));
    /** Answers to an older request are dropped, so labels never go back to a stale state. */
    let latest = 0;

    async function refresh(request: () => Promise<HistoryState>): Promise<HistoryState | null> {
      const mine = ++latest;
      const state = await request();
      if (mine !== latest) return null;
      patch(state);
      return state;
    }

    /** Undo or redo: the label comes from before the step, the announcement says what was done. */
    async function step(channel: 'history.undo' | 'history.redo', verb: string, label: string | null) {
      try {
        await refresh(() => api.invoke(channel, {}));
        patch({ changeCount: get().history.changeCount + 1, announcement: `${verb} ${label ?? 'the last change'}` });
      } catch (error) {
        patch({ announcement: `Could not ${verb === 'Undid' ? 'undo' : 'redo'}: ${errorMessage(error)}` });
      }
    }

    return {
      history: {
        canUndo: false,
        canRedo: false,
        undoLabel: null,
        redoLabel: null,
        changeCount: 0,
        announcement: '',
      },
      async loadHistory() {
        // Undo and Redo stay disabled; the analyst learns why from the live region.
        await refresh(() => api.invoke('history.state', {})).catch((error: unknown) =>
          patch({ announcement: `Undo is unavailable: ${errorMessage(error)}` }),
        );
      },
      undo: () => step('history.undo', 'Undid', get().history.undoLabel),
      redo: () => step('history.redo', 'Redid', get().history.redoLabel),
      async noteChange() {
        patch({ changeCount: get().history.changeCount + 1 });
        // The change itself succeeded; only the Undo label may be stale, so say so rather than throw.
        await refresh(() => api.invoke('history.state', {})).catch((error: unknown) =>
          patch({ announcement: `Undo may be out of date: ${errorMessage(error)}` }),
        );
      },
    };
  };
