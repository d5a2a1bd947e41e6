import { join } from 'node:path';
import { NATIVE_BINDING_ENV, PACKAGED_NATIVE_BINDING } from '../backend/paths.js';

/** The built preload and renderer, relative to `app.getAppPath()` (the repo root, or app.asar). */
export function shellPaths(appPath: string): { preload: string; renderer: string } {
  return { preload: join(appPath, 'dist', 'preload', 'preload.cjs'), renderer: join(appPath, 'dist', 'renderer') };
}

/**
 * better-sqlite3 built for Electron's ABI; the copy in node_modules is built for Node and serves
 * the tests, so it is never rebuilt in place. In development the launcher (electron/build/start.ts)
 * builds it under .cache/electron-native and passes its path in PARALLAX_NATIVE_BINDING. In a
 * packaged app it sits in app.asar.unpacked (electron-builder.yml unpacks it: a .node file cannot
 * be loaded from inside an asar).
 */
export function nativeBindingPath(app: { isPackaged: boolean; resourcesPath: string }, env: NodeJS.ProcessEnv): string {
  if (app.isPackaged) return join(app.resourcesPath, 'app.asar.unpacked', ...PACKAGED_NATIVE_BINDING.split('/'));
  const fromLauncher = env[NATIVE_BINDING_ENV];
  if (!fromLauncher) {
    throw new Error(`${NATIVE_BINDING_ENV} is not set: start the desktop app with \`npm start\`, which builds better-sqlite3 for Electron and sets it.`);
  }
  return fromLauncher;
}
