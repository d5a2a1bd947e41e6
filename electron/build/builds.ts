import { build } from 'esbuild';
import { packageBin } from './repo.js';
import { runNodeScript } from './run.js';

/** Builds the renderer with Vite into dist/renderer. */
export async function buildRenderer(root: string): Promise<void> {
  const result = await runNodeScript(packageBin(root, 'vite'), ['build', '--config', 'renderer/vite.config.ts'], { cwd: root, inherit: true });
  if (!result.ok) throw new Error(`The renderer build failed (${result.reason}).`);
}

/**
 * Bundles the shell: main (with the backend and zod inlined; Electron and better-sqlite3's
 * native module stay outside) and the preload, which must be one file because a sandboxed
 * preload can require only `electron`.
 */
export async function bundleShell(root: string): Promise<void> {
  const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/main/main.cjs',
      platform: 'node',
      external: ['electron', 'better-sqlite3'],
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
