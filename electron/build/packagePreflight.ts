/** Electron's runtime for the installer and better-sqlite3's prebuilt binaries are published on GitHub. */
export const DOWNLOAD_HOST = 'https://github.com';

/** Whether `url` answers at all within `timeoutMs`; the reason when it does not. */
export async function checkReachable(url: string, timeoutMs = 5_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    return { ok: true };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, reason: cause ?? (error as Error).message };
  }
}

export function packagingBlockedMessage(reason: string): string {
  return (
    `Cannot package Parallax: ${reason}. ` +
    'electron-builder needs the Electron runtime for the installer and better-sqlite3 built for Electron, ' +
    'both downloaded from github.com (or electronjs.org), so run `npm run package` on a machine with internet access. ' +
    'Nothing was built. The tests and the browser mode (`npm start`) work offline.'
  );
}
