import { useAppStore } from '../../store/AppStoreProvider';
import { ROOMS } from '../../store/navigationSlice';
import { ROOM_LABELS } from './rooms';

export function Navigation() {
  const room = useAppStore((s) => s.room);
  const goTo = useAppStore((s) => s.goTo);
  const searchOpen = useAppStore((s) => s.search.open);
  const closeSearch = useAppStore((s) => s.closeSearch);
  return (
    <nav aria-label="Rooms" className="rooms">
      <ul>
        {ROOMS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="rooms-item"
              aria-current={room === name && !searchOpen ? 'page' : undefined}
              onClick={() => {
                // The search view stands in for the room; choosing any room, the current one too, leaves it.
                closeSearch();
                goTo(name);
              }}
            >
              {ROOM_LABELS[name]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
