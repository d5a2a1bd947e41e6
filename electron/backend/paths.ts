import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Parallax';
export const WORKSPACE_FILE = 'workspace.sqlite';

/**
 * better-sqlite3 built for Electron's ABI, kept apart from the Node build the tests use: the
 * launcher (electron/build) passes its path to the shell in this variable during development,
 * and `npm run package` stages it at PACKAGED_NATIVE_BINDING (relative to the app root).
 */
export const NATIVE_BINDING_ENV = 'PARALLAX_NATIVE_BINDING';
export const PACKAGED_NATIVE_BINDING = 'dist/native/better_sqlite3.node';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives for the
 * product name Parallax, so the desktop app, the browser mode and the CLI share one workspace.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PARALLAX_DATA_DIR) return env.PARALLAX_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
