import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuCommands } from '../../electron/main/menu.js';

function commands() {
  const command = () => vi.fn<() => void>();
  return {
    importFiles: command(),
    importFolder: command(),
    exportHighlights: command(),
    backUp: command(),
    focusSearch: command(),
    showShortcuts: command(),
  } satisfies MenuCommands;
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const menu = menuTemplate('linux', commands(), { packaged: true });
    expect(menu.map((item) => item.label ?? item.role)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', 'help']);
  });

  it("starts with the app menu on macOS, where the About item lives", () => {
    const menu = menuTemplate('darwin', commands(), { packaged: true });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(roles(submenu(menu.at(-1)))).not.toContain('about');
    expect(roles(submenu(menu[1]))).toContain('close');
  });

  it('offers About in Help and Quit in File elsewhere', () => {
    const menu = menuTemplate('win32', commands(), { packaged: true });
    expect(roles(submenu(menu.at(-1)))).toContain('about');
    expect(roles(submenu(menu[0]))).toContain('quit');
  });

  it.each([
    ['&File', 'Import Files…', 'importFiles'],
    ['&File', 'Import Folder…', 'importFolder'],
    ['&File', 'Export Highlights…', 'exportHighlights'],
    ['&File', 'Back Up…', 'backUp'],
    ['&File', 'Search', 'focusSearch'],
  ] as const)('%s › %s calls %s and nothing else', (menuLabel, label, command) => {
    const bound = commands();
    const menu = menuTemplate('linux', bound, { packaged: true });
    const item = byLabel(submenu(byLabel(menu, menuLabel)), label);
    (item!.click as () => void)();
    for (const [name, fn] of Object.entries(bound)) expect(fn.mock.calls.length, name).toBe(name === command ? 1 : 0);
  });

  it('shows the keyboard shortcuts from Help', () => {
    const bound = commands();
    const help = menuTemplate('linux', bound, { packaged: true }).at(-1);
    (submenu(help).find((item) => item.label?.startsWith('Keyboard Shortcuts'))!.click as () => void)();
    expect(bound.showShortcuts).toHaveBeenCalledOnce();
  });

  it('offers the DevTools only in development, and no reload at all', () => {
    const viewRoles = (packaged: boolean) => roles(submenu(menuTemplate('linux', commands(), { packaged })[2]));
    expect(viewRoles(true)).not.toContain('toggleDevTools');
    expect(viewRoles(false)).toContain('toggleDevTools');
    expect([...viewRoles(true), ...viewRoles(false)]).not.toEqual(expect.arrayContaining(['reload']));
    expect([...viewRoles(true), ...viewRoles(false)]).not.toContain('forceReload');
  });
});
