import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPackageSources, electronNativeDir, withoutBuildTargetConfig } from '../../electron/build/electronNative.js';
import { useTempDirs } from '../helpers/tempDir.js';

describe('Electron native build', () => {
  const tempDir = useTempDirs();

  it('copies better-sqlite3 without its Node build, leaving the original untouched', () => {
    const from = join(tempDir(), 'better-sqlite3');
    mkdirSync(join(from, 'build', 'Release'), { recursive: true });
    mkdirSync(join(from, 'lib'), { recursive: true });
    mkdirSync(join(from, 'src', 'build'), { recursive: true });
    writeFileSync(join(from, 'package.json'), '{"name":"better-sqlite3"}');
    writeFileSync(join(from, 'lib', 'index.js'), 'module.exports = 1');
    writeFileSync(join(from, 'src', 'build', 'keep.cpp'), '');
    writeFileSync(join(from, 'build', 'Release', 'better_sqlite3.node'), 'node abi');
    const to = join(tempDir(), 'copy');

    copyPackageSources(from, to);

    expect(existsSync(join(to, 'lib', 'index.js'))).toBe(true);
    expect(existsSync(join(to, 'src', 'build', 'keep.cpp'))).toBe(true);
    expect(existsSync(join(to, 'build'))).toBe(false);
    expect(readFileSync(join(from, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node abi');
  });

  it('keeps one build per Electron version, platform and arch, under .cache', () => {
    const dir = electronNativeDir('/repo', '45.5.0', 'linux', 'x64');
    expect(dir).toBe(join('/repo', '.cache', 'electron-native', 'electron-45.5.0-linux-x64', 'better-sqlite3'));
    expect(electronNativeDir('/repo', '46.0.0', 'linux', 'x64')).not.toBe(dir);
  });

  it("drops npm settings that would build against Node's headers, and keeps the proxy", () => {
    const env = withoutBuildTargetConfig({ npm_config_nodedir: '/usr', npm_config_target: '20.0.0', npm_config_https_proxy: 'http://proxy:3128', PATH: '/bin' });
    expect(env).toEqual({ npm_config_https_proxy: 'http://proxy:3128', PATH: '/bin' });
  });
});
