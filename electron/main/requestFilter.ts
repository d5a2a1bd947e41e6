import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME, isAppUrl } from './appProtocol.js';

/**
 * The offline guarantee: the window may load only the app's own files. Allowed are the app
 * origin, `blob:` URLs the app made (exports handed to the download), `data:` URLs (inline
 * images: they are in memory, no connection) and, in development only, the DevTools. Everything
 * else is refused: http(s), ws(s), file, ftp, other custom schemes, and blobs of other origins.
 */
export function isAllowedRequest(url: string, options: { packaged: boolean }): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(url);
    case 'blob:':
      return isAppBlob(url);
    case 'data:':
      return true;
    case 'devtools:':
      return !options.packaged;
    default:
      return false;
  }
}

/** A `blob:` URL minted by the app's own page (`blob:parallax://app/<uuid>`). */
export function isAppBlob(url: string): boolean {
  return url.startsWith(`blob:${APP_SCHEME}://${APP_HOST}/`);
}

/** Installs the filter on the session: every request the page makes passes through it. */
export function installRequestFilter(session: Pick<Session, 'webRequest'>, options: { packaged: boolean }): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options) }));
}
