import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore';

export const ROOMS = ['library', 'reader', 'compare', 'notes', 'codebook', 'actors'] as const;
export type Room = (typeof ROOMS)[number];

export interface NavigationSlice {
  room: Room;
  goTo(room: Room): void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  room: 'library',
  goTo: (room) => set({ room }),
});
