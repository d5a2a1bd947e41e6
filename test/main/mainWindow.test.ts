import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ made: [] as { options: Record<string, unknown>; maximize: ReturnType<typeof vi.fn> }[] }));
vi.mock('electron', () => ({
  BrowserWindow: class {
    maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      electron.made.push(this);
    }
  },
}));

const { openMainWindow, rememberPlace } = await import('../../electron/main/mainWindow.js');

describe('main window', () => {
  beforeEach(() => {
    electron.made.length = 0;
  });

  const preferences = () => {
    openMainWindow('/app/dist/preload/preload.cjs', undefined);
    return electron.made[0]!.options.webPreferences as Record<string, unknown>;
  };

  it('isolates and sandboxes the page', () => {
    expect(preferences()).toMatchObject({ contextIsolation: true, sandbox: true, webSecurity: true });
  });

  it('gives the page no Node, in frames and workers too', () => {
    expect(preferences()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('allows no webview, insecure content, navigation by dropped files or middle-click windows', () => {
    expect(preferences()).toMatchObject({ webviewTag: false, allowRunningInsecureContent: false, navigateOnDragDrop: false, disableBlinkFeatures: 'Auxclick' });
  });

  it('loads the given preload', () => {
    expect(preferences().preload).toBe('/app/dist/preload/preload.cjs');
  });

  it('opens at the default size the first time, hidden until ready', () => {
    openMainWindow('/p.cjs', undefined);
    expect(electron.made[0]!.options).toMatchObject({ width: 1280, height: 820, minWidth: 800, minHeight: 560, show: false });
    expect(electron.made[0]!.maximize).not.toHaveBeenCalled();
  });

  it('opens where it was left, maximised again if it was', () => {
    openMainWindow('/p.cjs', { x: 40, y: 30, width: 1000, height: 700, maximized: true });
    expect(electron.made[0]!.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(electron.made[0]!.maximize).toHaveBeenCalled();
  });

  it('saves its size before maximising, and whether it was, when it closes', () => {
    const listeners = new Map<string, () => void>();
    const window = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 600 }),
      isMaximized: () => true,
    };
    const save = vi.fn();
    rememberPlace(window as unknown as Parameters<typeof rememberPlace>[0], save);
    expect(save).not.toHaveBeenCalled();
    listeners.get('close')!();
    expect(save).toHaveBeenCalledWith({ x: 5, y: 6, width: 900, height: 600, maximized: true });
  });
});
