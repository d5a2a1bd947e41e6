import { useAppStore } from '../../store/AppStoreProvider';
import { ROOMS } from '../../store/navigationSlice';
import { ROOM_LABELS } from './rooms';

export function Navigation() {
  const room = useAppStore((s) => s.room);
  const goTo = useAppStore((s) => s.goTo);
  return (
    <nav aria-label="Rooms" className="rooms">
      <ul>
        {ROOMS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="rooms-item"
              aria-current={room === name ? 'page' : undefined}
              onClick={() => goTo(name)}
            >
              {ROOM_LABELS[name]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
