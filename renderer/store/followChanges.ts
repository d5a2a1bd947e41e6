import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './appStore';

export interface FollowOptions {
  /** Reloads only while this holds (e.g. once the view has loaded at all). */
  when?(state: AppState): boolean;
}

/**
 * Calls `reload` whenever the history's change counter moves: a change made anywhere, an undo, a redo.
 * Returns `recordChange`, which tells the history about a change of the caller's own without
 * reloading on its account (the caller already shows what it changed).
 */
export function followHistory(
  store: StoreApi<AppState>,
  reload: (state: AppState) => void,
  { when = () => true }: FollowOptions = {},
): () => Promise<void> {
  let ownChange = false;

  store.subscribe((state, previous) => {
    if (state.history.changeCount !== previous.history.changeCount && !ownChange && when(state)) reload(state);
  });

  return async function recordChange() {
    // noteChange bumps the counter synchronously, so the flag covers the notification it causes.
    ownChange = true;
    let noted: Promise<void>;
    try {
      noted = store.getState().noteChange();
    } finally {
      ownChange = false;
    }
    await noted;
  };
}
