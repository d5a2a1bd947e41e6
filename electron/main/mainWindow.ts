import { BrowserWindow } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type WindowState } from './windowState.js';

/**
 * The main window: a sandboxed page with no Node, talking to the main process only through the
 * preload. The options are written out here, where the window is made, so the security audit
 * (electronegativity, audit/) reads them rather than guessing.
 */
export function openMainWindow(preload: string, place: WindowState | undefined): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parallax',
    ...(place ? { x: place.x, y: place.y, width: place.width, height: place.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false, // shown on ready-to-show, so no blank flash
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would ask for a new window; links open in the browser on a plain click.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (place?.maximized) window.maximize();
  return window;
}

/** Saves the window's place (its size before maximising, and whether it was) as it closes. */
export function rememberPlace(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  save: (state: WindowState) => void,
): void {
  window.on('close', () => save({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
}
