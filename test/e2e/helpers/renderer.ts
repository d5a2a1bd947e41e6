import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRendererDir } from '../../../electron/host/server.js';

/** Fails early with the command to run when the renderer has not been built. */
export function assertRendererBuilt(): void {
  if (!existsSync(join(defaultRendererDir(), 'index.html'))) {
    throw new Error('dist/renderer is missing: run `node_modules/.bin/vite build --config renderer/vite.config.ts` (npm test does).');
  }
}
