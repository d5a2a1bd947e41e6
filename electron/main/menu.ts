import type { MenuItemConstructorOptions } from 'electron';

/** What the custom menu items do; main.ts binds them to the dialogs, the backend and the window. */
export interface MenuCommands {
  importFiles(): void;
  importFolder(): void;
  exportHighlights(): void;
  backUp(): void;
  focusSearch(): void;
  showShortcuts(): void;
}

/**
 * The application menu: the platform's standard roles (the app menu on macOS; File, Edit, View,
 * Window, Help) plus Parallax's own file commands. View has no reload: a reload would drop
 * unsaved edits, and the page never needs one. Accelerators match the renderer's own keys.
 */
export function menuTemplate(platform: NodeJS.Platform, commands: MenuCommands, options: { packaged: boolean }): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => commands.importFiles() },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => commands.importFolder() },
      { type: 'separator' },
      { label: 'Export Highlights…', accelerator: 'CmdOrCtrl+E', click: () => commands.exportHighlights() },
      { label: 'Back Up…', click: () => commands.backUp() },
      { type: 'separator' },
      { label: 'Search', accelerator: 'CmdOrCtrl+K', click: () => commands.focusSearch() },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // DevTools only in development: the packaged app has nothing to inspect for an analyst.
      ...(options.packaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts (?)', click: () => commands.showShortcuts() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
    ],
  };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
