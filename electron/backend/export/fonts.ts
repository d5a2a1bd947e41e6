import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Arabic-script fonts the app ships (resources/fonts, SIL OFL), embedded into exported HTML. */
export type FontFile = 'NotoNaskhArabic-Regular.ttf' | 'NotoNaskhArabic-Bold.ttf' | 'NotoNastaliqUrdu-Regular.ttf';

/** Returns a font file's bytes as base64. */
export type FontSource = (file: FontFile) => string;

/**
 * <repo>/resources/fonts, found from this file whether it runs from source or from the shell's
 * CommonJS bundle under dist/ (where import.meta.url is empty and __dirname is defined).
 */
function fontsDir(): string {
  let dir = import.meta.url ? dirname(fileURLToPath(import.meta.url)) : __dirname;
  const { root } = parse(dir);
  while (dir !== root && !existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return join(dir, 'resources', 'fonts');
}

const cache = new Map<FontFile, string>();

/** Reads each font once per process: they are large (up to 570 KB) and never change. */
export const shippedFont: FontSource = (file) => {
  let data = cache.get(file);
  if (data === undefined) {
    data = readFileSync(join(fontsDir(), file)).toString('base64');
    cache.set(file, data);
  }
  return data;
};
