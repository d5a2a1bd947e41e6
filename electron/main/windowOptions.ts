import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window: a sandboxed page with no Node, talking to the main process only through the preload. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Parallax',
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false, // shown on ready-to-show, so no blank flash
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
