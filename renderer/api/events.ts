import type { ShellEvent } from '../../electron/preload/bridge';
import type { AppStore } from '../store/appStore';

/** The part of the desktop bridge that carries the main process's events. */
export interface ShellEventSource {
  onEvent(listener: (event: ShellEvent) => void): () => void;
}

/**
 * Acts on the desktop shell's events: files imported from the menu or handed to the app reload
 * the library; the menu's Search and Keyboard shortcuts press the keys they stand for (Ctrl+K,
 * `?`), so the menu and the keyboard take exactly the same path. Returns the unsubscribe.
 */
export function connectShellEvents(source: ShellEventSource, store: AppStore, win: Window = window): () => void {
  const press = (init: KeyboardEventInit) => win.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  return source.onEvent((event) => {
    switch (event.type) {
      case 'library-changed':
        void store.getState().loadLibrary();
        break;
      case 'focus-search':
        press({ key: 'k', ctrlKey: true });
        break;
      case 'show-shortcuts':
        press({ key: '?', shiftKey: true });
        break;
    }
  });
}
