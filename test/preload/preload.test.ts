import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParallaxBridge } from '../../electron/preload/bridge.js';

// A stand-in for Electron's renderer-side API: the real module would look for the binary.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

describe('preload', () => {
  beforeAll(async () => {
    await import('../../electron/preload/preload.js');
  });

  it('exposes only window.parallax, with only invoke', () => {
    expect([...electron.exposed.keys()]).toEqual(['parallax']);
    expect(Object.keys(electron.exposed.get('parallax') as object)).toEqual(['invoke']);
  });

  it('forwards invoke(channel, input) on the one IPC channel and resolves to its Result', async () => {
    const bridge = electron.exposed.get('parallax') as ParallaxBridge;
    await expect(bridge.invoke('articles.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.invoke).toHaveBeenCalledWith('parallax:invoke', 'articles.list', { limit: 5 });
  });
});
