import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mimeTypeOf, resolveInside } from '../backend/security/rendererFiles.js';
import { CONTENT_SECURITY_POLICY } from '../backend/security/csp.js';

/**
 * The renderer is served from `parallax://app/…` rather than `file://`: a real origin for the
 * CSP's 'self', and no access to the rest of the disk. The scheme is registered as standard
 * and secure in main.ts (before the app is ready) so it behaves like https for the page.
 */
export const APP_SCHEME = 'parallax';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether `url` belongs to the app's own origin (parsed, not prefix-matched). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file inside `rendererDir` an app URL names (`/` is index.html), or undefined when the URL
 * is not the app's or its path must not be served (see resolveInside).
 */
export function resolveAppFile(rendererDir: string, url: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  const { pathname } = new URL(url);
  return resolveInside(resolve(rendererDir), pathname === '/' ? '/index.html' : pathname);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The `protocol.handle` handler: built renderer files only, each with the CSP; 404 otherwise. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound(); // missing, a folder, or unreadable
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) },
    });
  };
}
