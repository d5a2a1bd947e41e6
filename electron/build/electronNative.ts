import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Availability } from './availability.js';
import { packageBin } from './repo.js';
import { runNodeScript } from './run.js';

function electronVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The private copy of better-sqlite3 built for one Electron version, platform and arch. */
export function electronNativeDir(root: string, version: string, platform = process.platform, arch = process.arch): string {
  return join(root, '.cache', 'electron-native', `electron-${version}-${platform}-${arch}`, 'better-sqlite3');
}

function builtBinding(packageDir: string): string {
  return join(packageDir, 'build', 'Release', 'better_sqlite3.node');
}

/** Copies the package's sources (not its build/, which holds the Node-ABI binary) to `to`. */
export function copyPackageSources(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const inside = relative(from, source);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
}

/**
 * The environment without npm settings that would redirect the build: `npm run`/`npx` export
 * them as npm_config_*, and a user-wide `nodedir` (Debian sets /usr) makes node-gyp build against
 * Node's own headers, silently producing a Node-ABI binary. Proxy settings and the like stay.
 */
export function withoutBuildTargetConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)));
}

/**
 * better-sqlite3 built for the installed Electron, in .cache/electron-native. The copy in
 * node_modules is built for Node and serves the tests: it is only ever read, never rebuilt.
 * First a prebuilt binary (GitHub), else a compile against Electron's headers (electronjs.org).
 */
export async function prepareElectronNative(root: string): Promise<Availability> {
  const version = electronVersion(root);
  const dir = electronNativeDir(root, version);
  const binding = builtBinding(dir);
  if (existsSync(binding)) return { ok: true, path: binding };

  copyPackageSources(join(root, 'node_modules', 'better-sqlite3'), dir);
  const env = withoutBuildTargetConfig(process.env);
  const prebuilt = await runNodeScript(packageBin(root, 'prebuild-install'), ['--runtime=electron', `--target=${version}`], { cwd: dir, env, timeoutMs: 120_000 });
  if (prebuilt.ok && existsSync(binding)) return { ok: true, path: binding };

  const compiled = await runNodeScript(
    packageBin(root, 'node-gyp'),
    ['rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers', `--devdir=${join(dir, '..', 'headers')}`],
    { cwd: dir, env, timeoutMs: 15 * 60_000 },
  );
  if (compiled.ok && existsSync(binding)) return { ok: true, path: binding };
  const why = (result: typeof prebuilt) => (result.ok ? 'finished without producing the binary' : result.reason);
  return {
    ok: false,
    reason: `better-sqlite3 could not be built for Electron ${version} (prebuilt download: ${why(prebuilt)}; compile: ${why(compiled)})`,
  };
}
