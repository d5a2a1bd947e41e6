import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore';

type SetState = Parameters<StateCreator<AppState>>[0];
type NestedKey = 'library' | 'reader' | 'draft';

/** Merges a change into one slice's nested state object, leaving its other fields as they are. */
export function patcher<K extends NestedKey>(set: SetState, key: K) {
  return (change: Partial<AppState[K]>) =>
    set((state) => ({ [key]: { ...state[key], ...change } }) as Pick<AppState, K>);
}
