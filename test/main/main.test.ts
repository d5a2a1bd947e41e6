import { readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
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
  const sessionListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const errorBoxes: [string, string][] = [];
  const messageBoxes: { message: string; detail?: string }[] = [];
  const calls: string[] = [];
  const menus: { label?: string; role?: string; submenu?: { label?: string; click?: () => void }[] }[][] = [];
  let requestFilter: Listener | undefined;

  class FakeWindow {
    loadedUrl?: string;
    listeners = new Map<string, Listener>();
    sent: unknown[][] = [];
    focused = 0;
    webContents = { mainFrame: { url: 'parallax://app/index.html' }, send: (...args: unknown[]) => this.sent.push(args) };
    constructor(readonly options: { webPreferences?: Record<string, unknown>; width?: number; x?: number }) {
      windows.push(this);
    }
    once() {}
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
    maximize() {}
    isMinimized = () => false;
    restore() {}
    focus() {
      this.focused += 1;
    }
    getNormalBounds = () => ({ x: 30, y: 40, width: 1111, height: 777 });
    isMaximized = () => false;
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
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
        webRequest: { onBeforeRequest: (listener: Listener) => (requestFilter = listener) },
        on: (event: string, listener: Listener) => sessionListeners.set(event, listener),
      },
    },
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    Menu: {
      buildFromTemplate: (template: (typeof menus)[number]) => template,
      setApplicationMenu: (menu: (typeof menus)[number]) => menus.push(menu),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => ipcHandlers.set(channel, handler) },
    dialog: {
      showErrorBox: (title: string, message: string) => errorBoxes.push([title, message]),
      showMessageBox: async (...args: unknown[]) => (messageBoxes.push(args.at(-1) as { message: string }), { response: 0 }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { openExternal: vi.fn(async () => {}) },
    BrowserWindow: FakeWindow,
  };
  return {
    electron,
    appListeners,
    ipcHandlers,
    protocolHandlers,
    sessionListeners,
    windows,
    errorBoxes,
    messageBoxes,
    calls,
    menus,
    requestFilter: () => requestFilter,
  };
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
    process.argv = argv;
  });
  const argv = process.argv;

  async function startMain(prepare?: (userData: string) => void, launchArgs: string[] = []) {
    const userData = tempDir();
    prepare?.(userData);
    process.argv = ['/repo/node_modules/electron/dist/electron', '/repo', ...launchArgs]; // as `npm start` launches it
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

  it('filters every request of the session and guards its downloads', async () => {
    const { requestFilter, sessionListeners } = await startMain();
    const decide = (url: string) => {
      let answer: unknown;
      requestFilter()!({ url }, (response: unknown) => (answer = response));
      return answer;
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('parallax://app/index.html')).toEqual({ cancel: false });
    expect(sessionListeners.has('will-download')).toBe(true);
  });

  it('sets the application menu, whose Search item asks the window to focus its search field', async () => {
    const { menus, windows } = await startMain();
    expect(menus).toHaveLength(1);
    const file = menus[0]!.find((item) => item.label === '&File')!;
    file.submenu!.find((item) => item.label === 'Search')!.click!();
    expect(windows[0]!.sent).toEqual([['parallax:event', { type: 'focus-search' }]]);
  });

  it('imports the files a launch was given, then tells the window the library changed', async () => {
    const folder = tempDir();
    const article = join(folder, 'talks.txt');
    writeFileSync(article, 'Kabul talks\n\nISLAMABAD: Officials of both governments met in Kabul on Monday to discuss border trade.');
    const { windows, messageBoxes, ipcHandlers } = await startMain(undefined, [article]);
    await vi.waitFor(() => expect(windows[0]!.sent).toEqual([['parallax:event', { type: 'library-changed' }]]));
    expect(messageBoxes[0]!.message).toBe('1 imported.');
    const list = await ipcHandlers.get('parallax:invoke')!({ senderFrame: windows[0]!.webContents.mainFrame }, 'articles.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('focuses the open window on a second launch and imports what that launch was given', async () => {
    const { appListeners, windows, messageBoxes } = await startMain();
    appListeners.get('second-instance')!({}, ['/opt/Parallax/parallax', '/repo', 'missing.pdf'], '/home/analyst');
    expect(windows).toHaveLength(1);
    expect(windows[0]!.focused).toBe(1);
    await vi.waitFor(() => expect(messageBoxes).toHaveLength(1));
    expect(messageBoxes[0]!.detail).toBe(`${join('/home/analyst', 'missing.pdf')}: failed, no such file`);
    expect(windows[0]!.sent).toEqual([['parallax:event', { type: 'library-changed' }]]);
  });

  it('remembers where the window was for the next start', async () => {
    const first = await startMain();
    first.windows[0]!.listeners.get('close')!();
    expect(JSON.parse(readFileSync(join(first.userData, 'window-state.json'), 'utf8'))).toEqual({ x: 30, y: 40, width: 1111, height: 777, maximized: false });
    const folder = first.userData;
    first.appListeners.get('will-quit')?.();
    const second = await startMain((dir) => writeFileSync(join(dir, 'window-state.json'), readFileSync(join(folder, 'window-state.json'))));
    expect(second.windows[0]!.options).toMatchObject({ x: 30, width: 1111 });
  });

  it('has no update checks and no telemetry: the shell never touches autoUpdater, crashReporter or net', async () => {
    const dir = new URL('../../electron/main/', import.meta.url);
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts')) continue;
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/\b(autoUpdater|crashReporter|netLog|net\.request|contentTracing)\b/);
    }
  });
});
