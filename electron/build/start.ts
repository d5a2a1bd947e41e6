// `npm start`: builds the app and opens the desktop window, or, where Electron or its build of
// better-sqlite3 cannot be obtained (no internet), says why and serves the browser mode instead.
import { spawn } from 'node:child_process';
import { NATIVE_BINDING_ENV } from '../backend/paths.js';
import { run as runCli } from '../cli/main.js';
import { buildRenderer, bundleShell } from './builds.js';
import { obtainElectronBinary } from './electronBinary.js';
import { prepareElectronNative } from './electronNative.js';
import { decideLaunch } from './launchDecision.js';
import { REPO_ROOT } from './repo.js';

function launchElectron(electronPath: string, nativeBinding: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, [NATIVE_BINDING_ENV]: nativeBinding };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary run as plain Node
  const child = spawn(electronPath, [REPO_ROOT], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  await buildRenderer(REPO_ROOT);
  await bundleShell(REPO_ROOT);
  const launch = await decideLaunch(await obtainElectronBinary(REPO_ROOT), () => prepareElectronNative(REPO_ROOT));
  if (launch.mode === 'electron') {
    launchElectron(launch.electronPath, launch.nativeBinding);
  } else {
    console.log(`\n${launch.message}\n`);
    // The same browser mode as `parallax serve`: default workspace, browser opened, Ctrl+C stops.
    process.exitCode = await runCli(['serve'], { stdout: process.stdout, stderr: process.stderr, env: process.env });
  }
} catch (error) {
  console.error(`Parallax could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
