import type { Room } from '../../store/navigationSlice';

/** Navigation labels, in the order an analyst works: collect, read, compare, write, code, and who speaks for whom. */
export const ROOM_LABELS: Record<Room, string> = {
  library: 'Library',
  reader: 'Reader',
  compare: 'Compare',
  notes: 'Notes',
  codebook: 'Codebook',
  actors: 'Actors',
};
