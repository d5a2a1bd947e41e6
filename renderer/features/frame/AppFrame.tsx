import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import type { Room } from '../../store/navigationSlice';
import { ActorsRoom } from '../statements/ActorsRoom';
import { CodebookRoom } from '../codebook/CodebookRoom';
import { CompareRoom } from '../compare/CompareRoom';
import { LibraryRoom } from '../library/LibraryRoom';
import { NotesRoom } from '../notes/NotesRoom';
import { PlaceholderRoom } from '../placeholder/PlaceholderRoom';
import { ReaderRoom } from '../reader/ReaderRoom';
import { SearchField } from '../search/SearchField';
import { SearchView } from '../search/SearchView';
import { UndoRedo } from '../shortcuts/UndoRedo';
import { Navigation } from './Navigation';
import './frame.css';

function RoomView({ room }: { room: Room }) {
  switch (room) {
    case 'library':
      return <LibraryRoom />;
    case 'reader':
      return <ReaderRoom />;
    case 'codebook':
      return <CodebookRoom />;
    case 'actors':
      return <ActorsRoom />;
    case 'compare':
      return <CompareRoom />;
    case 'notes':
      return <NotesRoom />;
    default:
      return <PlaceholderRoom room={room} />;
  }
}

/** The window: product header, the rooms on the left, the current room filling the rest. */
export function AppFrame() {
  const room = useAppStore((s) => s.room);
  const main = useRef<HTMLElement>(null);
  const shownRoom = useRef(room);
  // On a room change, focus follows: the button that caused it (a title, "Back to library") is gone.
  useEffect(() => {
    if (shownRoom.current === room) return;
    shownRoom.current = room;
    main.current?.focus();
  }, [room]);
  const searchOpen = useAppStore((s) => s.search.open);
  const shownSearch = useRef(searchOpen);
  // Leaving the search view removes the control that did it; focus goes back to the room.
  useEffect(() => {
    if (shownSearch.current && !searchOpen) main.current?.focus();
    shownSearch.current = searchOpen;
  }, [searchOpen]);
  return (
    <div className="frame">
      <header className="frame-header">
        <span className="frame-product">Parallax</span>
        <span className="frame-subtitle">Pakistan–Afghanistan relations workbench</span>
        <SearchField />
        <UndoRedo />
      </header>
      <Navigation />
      <main className="frame-room" ref={main} tabIndex={-1}>
        {searchOpen ? <SearchView /> : <RoomView room={room} />}
      </main>
    </div>
  );
}
