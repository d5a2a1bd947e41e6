import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParallaxBridge } from '../../electron/preload/bridge.js';

type Listener = (event: unknown, payload: unknown) => void;

// A stand-in for Electron's renderer-side API: the real module would look for the binary.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: Listener) => electron.listeners.set(channel, (electron.listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: Listener) => electron.listeners.get(channel)?.delete(listener),
  },
}));

const emit = (payload: unknown) => {
  for (const listener of electron.listeners.get('parallax:event') ?? []) listener({ sender: 'the ipcRenderer' }, payload);
};

describe('preload', () => {
  let bridge: ParallaxBridge;
  beforeAll(async () => {
    await import('../../electron/preload/preload.js');
    bridge = electron.exposed.get('parallax') as ParallaxBridge;
  });

  it('exposes only window.parallax, with only invoke and onEvent', () => {
    expect([...electron.exposed.keys()]).toEqual(['parallax']);
    expect(Object.keys(bridge)).toEqual(['invoke', 'onEvent']);
  });

  it('forwards invoke(channel, input) on the one IPC channel and resolves to its Result', async () => {
    await expect(bridge.invoke('articles.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenCalledWith('parallax:invoke', 'articles.list', { limit: 5 });
  });

  it('passes shell events on as a plain { type }, never the IPC event', () => {
    const listener = vi.fn();
    const stop = bridge.onEvent(listener);
    emit({ type: 'library-changed', extra: 'dropped' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'library-changed' });
    stop();
  });

  it('drops events it does not know', () => {
    const listener = vi.fn();
    const stop = bridge.onEvent(listener);
    for (const payload of [{ type: 'run-code' }, 'library-changed', null, { type: 42 }]) emit(payload);
    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it('stops listening when asked', () => {
    const listener = vi.fn();
    bridge.onEvent(listener)();
    emit({ type: 'focus-search' });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.listeners.get('parallax:event')?.size).toBe(0);
  });
});
