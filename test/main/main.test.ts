import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of Electron's main-process API to run main.ts under Node and watch what it wires. */
function fakeElectron(userData: string) {
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, Listener>();
  const windows: { options: { webPreferences?: Record<string, unknown> }; loadedUrl?: string; webContents: { mainFrame: { url: string } } }[] = [];
  const errorBoxes: [string, string][] = [];
  const calls: string[] = [];

  class BrowserWindow {
    loadedUrl?: string;
    webContents = { mainFrame: { url: 'parallax://app/index.html' } };
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      setName: (name: string) => calls.push(`setName:${name}`),
      getPath: (name: string) => (calls.push(`getPath:${name}`), userData),
      getAppPath: () => '/repo',
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      exit: (code: number) => calls.push(`exit:${code}`),
      quit: () => calls.push('quit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`privileged:${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: Listener) => protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('permissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('permissionCheckHandler'),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler) },
    dialog: { showErrorBox: (title: string, message: string) => errorBoxes.push([title, message]) },
    shell: { openExternal: vi.fn(async () => {}) },
    BrowserWindow,
  };
  return { electron, appListeners, ipcHandlers, protocolHandlers, windows, errorBoxes, calls };
}

const nodeBuildOfBetterSqlite = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

describe('main process wiring', () => {
  const tempDir = useTempDirs();
  let fake: ReturnType<typeof fakeElectron> | undefined;

  afterEach(() => {
    fake?.appListeners.get('will-quit')?.(); // closes the workspace
    fake = undefined;
    vi.doUnmock('electron');
    vi.unstubAllEnvs();
  });

  async function startMain(prepare?: (userData: string) => void) {
    const userData = tempDir();
    prepare?.(userData);
    fake = fakeElectron(userData);
    const { electron } = fake;
    vi.resetModules();
    vi.doMock('electron', () => electron);
    // Under Node the Node build is the right one; in Electron the launcher passes its own build.
    vi.stubEnv('PARALLAX_NATIVE_BINDING', nodeBuildOfBetterSqlite);
    await import('../../electron/main/main.js');
    await new Promise((resolve) => setImmediate(resolve)); // let whenReady().then(start) run
    return { ...fake, userData };
  }

  it('names the app Parallax before asking for userData, and makes the app scheme privileged', async () => {
    const { calls } = await startMain();
    expect(calls.indexOf('setName:Parallax')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('setName:Parallax')).toBeLessThan(calls.indexOf('getPath:userData'));
    expect(calls).toContain('privileged:[{"scheme":"parallax","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]');
    expect(calls).toContain('enableSandbox');
  });

  it('opens one sandboxed window on the app protocol with the bundled preload', async () => {
    const { windows, protocolHandlers } = await startMain();
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: join('/repo', 'dist', 'preload', 'preload.cjs') });
    expect(windows[0]!.loadedUrl).toBe('parallax://app/index.html');
    expect([...protocolHandlers.keys()]).toEqual(['parallax']);
  });

  it('denies every permission on the default session', async () => {
    const { calls } = await startMain();
    expect(calls).toEqual(expect.arrayContaining(['permissionRequestHandler', 'permissionCheckHandler']));
  });

  it('answers the main frame through the one IPC channel and refuses other frames', async () => {
    const { ipcHandlers, windows } = await startMain();
    expect([...ipcHandlers.keys()]).toEqual(['parallax:invoke']);
    const invoke = ipcHandlers.get('parallax:invoke')!;
    expect(await invoke({ senderFrame: windows[0]!.webContents.mainFrame }, 'workspace.info', {})).toMatchObject({ ok: true });
    expect(await invoke({ senderFrame: { url: 'parallax://app/index.html' } }, 'workspace.info', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('guards every web contents against navigation and new windows', async () => {
    const { appListeners } = await startMain();
    let openHandler: Listener | undefined;
    const navigationListeners = new Map<string, Listener>();
    appListeners.get('web-contents-created')!({}, {
      on: (event: string, listener: Listener) => navigationListeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    });
    expect(openHandler!({ url: 'parallax://app/index.html' })).toEqual({ action: 'deny' });
    const navigation = { url: 'https://example.com/', preventDefault: vi.fn() };
    navigationListeners.get('will-navigate')!(navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('shows why and quits, leaving the file untouched, when the workspace cannot be opened', async () => {
    const notAWorkspace = 'a spreadsheet, not a database';
    const { errorBoxes, calls, windows, userData } = await startMain((dir) => writeFileSync(join(dir, 'workspace.sqlite'), notAWorkspace));
    expect(errorBoxes).toHaveLength(1);
    expect(errorBoxes[0]![0]).toBe('Parallax cannot open its workspace');
    expect(errorBoxes[0]![1]).toContain('not a Parallax workspace');
    expect(calls).toContain('exit:1');
    expect(windows).toHaveLength(0);
    expect(readFileSync(join(userData, 'workspace.sqlite'), 'utf8')).toBe(notAWorkspace);
  });
});
