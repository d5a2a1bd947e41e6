import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is electron/build/repo.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The JavaScript file behind an installed package's command, run with `node` rather than through
 * node_modules/.bin so it works the same on Windows (where .bin holds .cmd shims).
 */
export function packageBin(root: string, packageName: string, command = packageName): string {
  const packageDir = join(root, 'node_modules', packageName);
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const relativePath = typeof bin === 'string' ? bin : bin[command];
  if (!relativePath) throw new Error(`${packageName} has no "${command}" command.`);
  return join(packageDir, relativePath);
}
