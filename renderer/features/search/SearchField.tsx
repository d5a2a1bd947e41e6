import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { focusFirstHit } from './hitFocus';
import './search.css';

const isSearchShortcut = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

/** The search box in the frame header: Enter searches, Ctrl+K (Cmd+K) comes back to it from anywhere. */
export function SearchField() {
  const runSearch = useAppStore((s) => s.runSearch);
  const searchOpen = useAppStore((s) => s.search.open);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Down from the field walks on into the results.
    if (event.key === 'ArrowDown' && searchOpen && focusFirstHit()) event.preventDefault();
  };

  return (
    <form
      role="search"
      aria-label="Library"
      className="frame-search"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void runSearch(text);
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label="Search the library"
        aria-keyshortcuts="Control+K Meta+K"
        placeholder="Search the library  (Ctrl+K)"
        dir="auto"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
