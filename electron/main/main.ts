// The Electron shell: one sandboxed window on the app protocol, one IPC channel to the backend,
// a menu whose file commands use native dialogs. Everything testable lives in the small modules
// beside this file; this one only wires Electron.
import { writeFile } from 'node:fs/promises';
import { app, dialog, ipcMain, Menu, protocol, screen, session, shell, type BrowserWindow } from 'electron';
import { startBackend, type Backend } from '../backend/app.js';
import { writeBackup } from '../backend/backup/backupFile.js';
import { WorkspaceError } from '../backend/errors.js';
import { importTargets } from '../cli/commands/import.js';
import { findImportTargets } from '../cli/importTargets.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type ShellEvent } from '../preload/bridge.js';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './appProtocol.js';
import { guardDownloads } from './downloads.js';
import { fileCommands } from './fileCommands.js';
import { createInvokeHandler } from './invokeHandler.js';
import { launchFiles } from './launchFiles.js';
import { openMainWindow, rememberPlace } from './mainWindow.js';
import { menuTemplate } from './menu.js';
import { denyNavigation, denyWindowOpen } from './navigationGuards.js';
import { printPdf } from './pdfPrinter.js';
import { denyAllPermissions } from './permissions.js';
import { installRequestFilter } from './requestFilter.js';
import { nativeBindingPath, shellPaths } from './shellPaths.js';
import { loadWindowState, saveWindowState, windowStateFile } from './windowState.js';

// Before `ready`: the name fixes userData (~/.config/Parallax on Linux, the same folder the
// browser mode and the CLI use), and a scheme can only be made privileged now.
app.setName('Parallax');
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const paths = shellPaths(app.getAppPath());
// The same folder the browser mode and the CLI use, PARALLAX_DATA_DIR included.
const dataDir = () => process.env.PARALLAX_DATA_DIR || app.getPath('userData');
const stateFile = () => windowStateFile(dataDir());
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;
/** Files the system handed over before the workspace was open (macOS open-file, the command line). */
const waitingFiles: string[] = [];

const openExternal = (url: string) => void shell.openExternal(url);
const sendEvent = (event: ShellEvent) => mainWindow?.webContents.send(EVENT_CHANNEL, event);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => denyNavigation(event, event.url, openExternal));
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, openExternal));
});

const commands = fileCommands({
  // Modal to the window when there is one.
  dialogs: {
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showMessageBox: (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
  },
  importPaths: (chosen) => importTargets(backend!, findImportTargets(chosen), { signal: new AbortController().signal }),
  dispatch: (channel, input) => backend!.dispatch(channel, input),
  backUpTo: (file) => void writeBackup(backend!.workspace.db, file),
  writeFile: (file, data) => writeFile(file, data),
  notify: sendEvent,
});

function openFiles(files: readonly string[]): void {
  if (backend) void commands.openPaths(files);
  else waitingFiles.push(...files);
}

function createMainWindow(): BrowserWindow {
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const window = openMainWindow(paths.preload, loadWindowState(stateFile(), displays));
  rememberPlace(window, (state) => {
    try {
      saveWindowState(stateFile(), state);
    } catch (error) {
      console.error('[parallax] the window place was not saved:', error); // the next start uses the default
    }
  });
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
    backend = startBackend(dataDir(), { nativeBinding, printPdf });
  } catch (error) {
    // Tell the analyst and stop: the workspace file is never recreated or overwritten here.
    const title = error instanceof WorkspaceError ? 'Parallax cannot open its workspace' : 'Parallax cannot start';
    dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  denyAllPermissions(session.defaultSession);
  installRequestFilter(session.defaultSession, { packaged: app.isPackaged });
  guardDownloads(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.renderer));
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(backend.dispatch, () => mainWindow?.webContents.mainFrame));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        {
          ...commands,
          focusSearch: () => sendEvent({ type: 'focus-search' }),
          showShortcuts: () => sendEvent({ type: 'show-shortcuts' }),
        },
        { packaged: app.isPackaged },
      ),
    ),
  );
  mainWindow = createMainWindow();
  openFiles([...waitingFiles.splice(0), ...launchFiles(process.argv, { cwd: process.cwd(), packaged: app.isPackaged })]);
}

// One instance per user: a second launch focuses the open window and imports the files it was given.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openFiles(launchFiles(argv, { cwd: workingDirectory, packaged: app.isPackaged }));
  });
  // macOS hands files opened with Parallax (Finder, the Dock) here, before or after ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
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
