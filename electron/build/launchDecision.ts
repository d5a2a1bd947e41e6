import type { Availability } from './availability.js';

export type Launch =
  | { mode: 'electron'; electronPath: string; nativeBinding: string }
  | { mode: 'browser'; message: string };

/** The one paragraph `npm start` prints when it cannot open the desktop window. */
export function browserFallbackMessage(reason: string): string {
  return (
    `Parallax cannot open its desktop window here: ${reason}. ` +
    'The desktop app needs the Electron runtime and better-sqlite3 built for it, both fetched from ' +
    'github.com or electronjs.org on first start, which machines limited to the npm registry cannot reach. ' +
    'Starting the browser mode instead: the same app and the same workspace, served on 127.0.0.1 to your web browser. ' +
    'Run `npm start` again once those downloads are possible to get the desktop window.'
  );
}

/**
 * Desktop when the Electron binary and better-sqlite3 built for it are both at hand, else the
 * browser mode. The native build is only attempted once Electron is there.
 */
export async function decideLaunch(electron: Availability, prepareNative: () => Promise<Availability>): Promise<Launch> {
  if (!electron.ok) return { mode: 'browser', message: browserFallbackMessage(electron.reason) };
  const native = await prepareNative();
  if (!native.ok) return { mode: 'browser', message: browserFallbackMessage(native.reason) };
  return { mode: 'electron', electronPath: electron.path, nativeBinding: native.path };
}
