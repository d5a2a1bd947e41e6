import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Availability } from './availability.js';
import { runNodeScript } from './run.js';

/** The Electron executable the `electron` package installed (the lookup its own index.js does), if any. */
export function findElectronBinary(root: string): Availability {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { ok: false, reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)' };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { ok: true, path: binary } : { ok: false, reason: `the Electron binary is missing (${binary})` };
}

/**
 * The Electron executable, downloading it with the package's own installer when missing (its
 * npm install script is disabled in package.json "allowScripts").
 */
export async function obtainElectronBinary(root: string, timeoutMs = 120_000): Promise<Availability> {
  const found = findElectronBinary(root);
  if (found.ok) return found;
  const install = await runNodeScript(join(root, 'node_modules', 'electron', 'install.js'), [], { cwd: root, timeoutMs });
  if (!install.ok) return { ok: false, reason: `the Electron binary could not be downloaded (${install.reason})` };
  return findElectronBinary(root);
}
