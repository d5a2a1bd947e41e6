import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageBin } from './repo.js';
import { runNodeScript } from './run.js';

/** Builds the renderer with Vite into dist/renderer. */
export async function buildRenderer(root: string): Promise<void> {
  const result = await runNodeScript(packageBin(root, 'vite'), ['build', '--config', 'renderer/vite.config.ts'], { cwd: root, inherit: true });
  if (!result.ok) throw new Error(`The renderer build failed (${result.reason}).`);
}

/** The package's runtime dependencies: they ship in node_modules, so the bundle leaves them out. */
function runtimeDependencies(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {});
}

/**
 * Bundles the shell: main (with the backend and zod inlined; Electron and the runtime
 * dependencies stay outside — better-sqlite3 is native, and jsdom and pdfjs-dist read their own
 * files at run time, which bundling breaks) and the preload, which must be one file because a
 * sandboxed preload can require only `electron`.
 */
export async function bundleShell(root: string): Promise<void> {
  const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/main/main.cjs',
      platform: 'node',
      external: ['electron', ...runtimeDependencies(root)],
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/preload/preload.cjs',
      platform: 'browser',
      external: ['electron'],
    }),
  ]);
}
