import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/build/electronBinary.js';
import { useTempDirs } from '../helpers/tempDir.js';

describe('findElectronBinary', () => {
  const tempDir = useTempDirs();

  function fakeElectronPackage(): { root: string; packageDir: string } {
    const root = tempDir();
    const packageDir = join(root, 'node_modules', 'electron');
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    return { root, packageDir };
  }

  it('finds the binary path.txt names under dist/', () => {
    const { root, packageDir } = fakeElectronPackage();
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    writeFileSync(join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toEqual({ ok: true, path: join(packageDir, 'dist', 'electron') });
  });

  it('says the binary was never downloaded when path.txt is missing', () => {
    expect(findElectronBinary(fakeElectronPackage().root)).toMatchObject({ ok: false, reason: expect.stringContaining('has not been downloaded') });
  });

  it('says the binary is missing when path.txt points at nothing', () => {
    const { root, packageDir } = fakeElectronPackage();
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toMatchObject({ ok: false, reason: expect.stringContaining('is missing') });
  });
});
