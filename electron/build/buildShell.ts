// `npm run build:shell`: bundles the Electron main process and preload into dist/.
import { bundleShell } from './builds.js';
import { REPO_ROOT } from './repo.js';

await bundleShell(REPO_ROOT);
