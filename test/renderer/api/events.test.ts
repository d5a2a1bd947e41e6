import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShellEvent } from '../../../electron/preload/bridge';
import { connectShellEvents } from '../../../renderer/api/events';
import type { AppStore } from '../../../renderer/store/appStore';

function setup() {
  let emit: (event: ShellEvent) => void = () => {};
  const unsubscribe = vi.fn();
  const source = {
    onEvent: (listener: (event: ShellEvent) => void) => {
      emit = listener;
      return unsubscribe;
    },
  };
  const loadLibrary = vi.fn(async () => {});
  const store = { getState: () => ({ loadLibrary }) } as unknown as AppStore;
  const keys: KeyboardEvent[] = [];
  const onKey = (event: KeyboardEvent) => keys.push(event);
  window.addEventListener('keydown', onKey);
  const stop = connectShellEvents(source, store);
  return { emit: (event: ShellEvent) => emit(event), loadLibrary, keys, stop, unsubscribe, detach: () => window.removeEventListener('keydown', onKey) };
}

describe('shell events', () => {
  let detach = () => {};
  afterEach(() => detach());

  it('reloads the library when files were imported outside the page', () => {
    const shell = setup();
    detach = shell.detach;
    shell.emit({ type: 'library-changed' });
    expect(shell.loadLibrary).toHaveBeenCalledOnce();
  });

  it('presses Ctrl+K for the menu’s Search', () => {
    const shell = setup();
    detach = shell.detach;
    shell.emit({ type: 'focus-search' });
    expect(shell.keys.map((k) => [k.key, k.ctrlKey])).toEqual([['k', true]]);
  });

  it('presses ? for the menu’s Keyboard shortcuts', () => {
    const shell = setup();
    detach = shell.detach;
    shell.emit({ type: 'show-shortcuts' });
    expect(shell.keys.map((k) => k.key)).toEqual(['?']);
    expect(shell.loadLibrary).not.toHaveBeenCalled();
  });

  it('hands back the unsubscribe', () => {
    const shell = setup();
    detach = shell.detach;
    shell.stop();
    expect(shell.unsubscribe).toHaveBeenCalledOnce();
  });
});
