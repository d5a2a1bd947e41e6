import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIVE_BINDING_ENV } from '../../electron/backend/paths.js';
import { nativeBindingPath, shellPaths } from '../../electron/main/shellPaths.js';

describe('shell paths', () => {
  it('finds the bundled preload and the built renderer under dist/', () => {
    expect(shellPaths('/repo')).toEqual({ preload: join('/repo', 'dist', 'preload', 'preload.cjs'), renderer: join('/repo', 'dist', 'renderer') });
  });

  it('takes the native binding from the launcher in development', () => {
    const path = nativeBindingPath({ isPackaged: false, resourcesPath: '/unused' }, { [NATIVE_BINDING_ENV]: '/cache/better_sqlite3.node' });
    expect(path).toBe('/cache/better_sqlite3.node');
  });

  it('explains how to start when the launcher did not set the native binding', () => {
    expect(() => nativeBindingPath({ isPackaged: false, resourcesPath: '/unused' }, {})).toThrow(/npm start/);
  });

  it('loads the packaged native binding from app.asar.unpacked, ignoring the environment', () => {
    const path = nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/Parallax/resources' }, { [NATIVE_BINDING_ENV]: '/elsewhere.node' });
    expect(path).toBe(join('/opt/Parallax/resources', 'app.asar.unpacked', 'dist', 'native', 'better_sqlite3.node'));
  });
});
