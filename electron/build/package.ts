// `npm run package`: builds everything and runs electron-builder for the current platform.
// Offline it stops at once with a clear message instead of failing halfway through a download.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildRenderer, bundleShell } from './builds.js';
import { PACKAGED_NATIVE_BINDING } from '../backend/paths.js';
import { prepareElectronNative } from './electronNative.js';
import { checkReachable, DOWNLOAD_HOST, packagingBlockedMessage } from './packagePreflight.js';
import { packageBin, REPO_ROOT } from './repo.js';
import { runNodeScript } from './run.js';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const reachable = await checkReachable(DOWNLOAD_HOST);
if (!reachable.ok) stop(packagingBlockedMessage(`${DOWNLOAD_HOST} is not reachable (${reachable.reason})`));

const native = await prepareElectronNative(REPO_ROOT);
if (!native.ok) stop(packagingBlockedMessage(native.reason));

await buildRenderer(REPO_ROOT);
await bundleShell(REPO_ROOT);
const staged = join(REPO_ROOT, PACKAGED_NATIVE_BINDING);
mkdirSync(dirname(staged), { recursive: true });
copyFileSync(native.path, staged);

// tsx loaded so electron-builder can load the afterPack hook (electron/build/fuses.ts) as TypeScript.
const builder = await runNodeScript(packageBin(REPO_ROOT, 'electron-builder'), ['--config', 'electron-builder.yml', '--publish', 'never'], {
  cwd: REPO_ROOT,
  inherit: true,
  nodeArgs: ['--import', 'tsx'],
});
if (!builder.ok) stop(`electron-builder failed (${builder.reason}).`);
console.log('Parallax packaged into release/.');
