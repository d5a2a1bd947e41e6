import type { Room } from '../../store/navigationSlice';
import { ROOM_LABELS } from '../frame/rooms';

type FutureRoom = Exclude<Room, 'library' | 'reader' | 'codebook' | 'actors' | 'compare'>;

const PROMISES: Record<FutureRoom, string> = {
  notes: 'Briefing notes that cite recorded statements will be written here and exported for colleagues.',
};

/** A room that is not built yet says what it will hold, so nobody wonders whether it is broken. */
export function PlaceholderRoom({ room }: { room: FutureRoom }) {
  return (
    <section className="room placeholder" aria-labelledby="room-heading">
      <h1 id="room-heading">{ROOM_LABELS[room]}</h1>
      <p className="placeholder-text">{PROMISES[room]}</p>
    </section>
  );
}
