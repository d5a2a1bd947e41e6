// The Electron shell: one sandboxed window on the app protocol, one IPC channel to the backend.
// Everything testable lives in the small modules beside this file; this one only wires Electron.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { startBackend, type Backend } from '../backend/app.js';
import { WorkspaceError } from '../backend/errors.js';
import { INVOKE_CHANNEL } from '../preload/bridge.js';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './appProtocol.js';
import { createInvokeHandler } from './invokeHandler.js';
import { denyNavigation, denyWindowOpen } from './navigationGuards.js';
import { denyAllPermissions } from './permissions.js';
import { nativeBindingPath, shellPaths } from './shellPaths.js';
import { mainWindowOptions } from './windowOptions.js';

// Before `ready`: the name fixes userData (~/.config/Parallax on Linux, the same folder the
// browser mode and the CLI use), and a scheme can only be made privileged now.
app.setName('Parallax');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const paths = shellPaths(app.getAppPath());
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

const openExternal = (url: string) => void shell.openExternal(url);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => denyNavigation(event, event.url, openExternal));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openExternal));
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(paths.preload));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  try {
    const nativeBinding = nativeBindingPath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }, process.env);
    backend = startBackend(app.getPath('userData'), { nativeBinding });
  } catch (error) {
    // Tell the analyst and stop: the workspace file is never recreated or overwritten here.
    const title = error instanceof WorkspaceError ? 'Parallax cannot open its workspace' : 'Parallax cannot start';
    dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.renderer));
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(backend.dispatch, () => mainWindow?.webContents.mainFrame));
  mainWindow = createMainWindow();
}

// One instance per user: a second launch focuses the open window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && !mainWindow) mainWindow = createMainWindow();
  });
  app.on('will-quit', () => backend?.close());
  void app.whenReady().then(start);
}
