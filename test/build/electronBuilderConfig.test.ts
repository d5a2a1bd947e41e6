import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKAGED_NATIVE_BINDING } from '../../electron/backend/paths.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const config = load(read('electron-builder.yml')) as Record<string, unknown> & {
  linux: { target: string[]; category: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  afterPack: string;
  directories: { output: string };
  asarUnpack: string[];
  files: string[];
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    // scheme.json is draft-07 (Ajv's default); strict off because it uses non-standard keywords.
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('names the product Parallax with a reverse-DNS app id', () => {
    expect(config.productName).toBe('Parallax');
    expect(config.appId).toBe('org.parallax.workbench');
  });

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('never rebuilds native modules in the working tree', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('packs the built app into an asar and unpacks the staged better-sqlite3 binary', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('dist/**');
    expect(config.files).toContain('resources/fonts/**'); // exports embed them, found beside package.json
    expect(config.asarUnpack).toEqual([PACKAGED_NATIVE_BINDING.replace('better_sqlite3.node', '*.node')]);
  });

  it('flips the fuses in an afterPack hook that exists and exports the hook', async () => {
    expect(existsSync(new URL(`../../${config.afterPack}`, import.meta.url))).toBe(true);
    const hook = (await import(`../../${config.afterPack}`)) as { afterPack?: unknown };
    expect(typeof hook.afterPack).toBe('function');
  });

  it('gives each target its icons: PNGs from 16 to 1024 for Linux, .ico for Windows, .icns for macOS', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(new URL(`../../${config.linux.icon}/${size}x${size}.png`, import.meta.url));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}x${size}.png`).toEqual([size, size]); // IHDR width, height
    }
    const ico = readFileSync(new URL(`../../${config.win.icon}`, import.meta.url));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]); // ICONDIR: reserved, type icon
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(6); // images, 16 to 256
    expect(readFileSync(new URL(`../../${config.mac.icon}`, import.meta.url)).subarray(0, 4).toString('latin1')).toBe('icns');
  });

  it('writes installers to release/', () => {
    expect(config.directories.output).toBe('release');
  });
});
