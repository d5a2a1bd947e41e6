import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { sendText } from './headers.js';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const NOT_BUILT_MESSAGE = 'The renderer is not built: run npm run build:renderer';

/**
 * Maps a raw request path to a path inside `root`, or undefined when it must not be served:
 * undecodable, NUL, backslashes (Windows separators), any `.`/`..` segment or hidden file, or
 * anything resolving outside root. Decoding first means `%2e%2e` and `..%2f` are caught too.
 */
export function resolveInside(root: string, rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const target = resolve(root, ...segments);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  return target;
}

interface Found {
  file: string;
  size: number;
}

/** A regular file whose real path (symlinks followed) is still inside the real root. */
async function findFile(realRoot: string, target: string): Promise<Found | undefined> {
  try {
    const real = await realpath(target);
    if (!real.startsWith(realRoot + sep)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the built renderer; paths without an extension fall back to index.html (client routes). */
export function createStaticHandler(rendererDir: string) {
  const root = resolve(rendererDir);
  let realRoot: string | undefined;

  return async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
      return;
    }
    // Resolved lazily so a renderer built after the server started is picked up.
    try {
      realRoot ??= realpathSync(root);
    } catch {
      sendText(res, 503, NOT_BUILT_MESSAGE);
      return;
    }
    const index = await findFile(realRoot, join(root, 'index.html'));
    if (!index) {
      sendText(res, 503, NOT_BUILT_MESSAGE);
      return;
    }
    const target = resolveInside(root, rawPath);
    if (target === undefined) {
      sendText(res, 404, 'Not found.');
      return;
    }
    let found = target === root ? index : await findFile(realRoot, target);
    if (!found) {
      if (extname(target) !== '') {
        sendText(res, 404, 'Not found.');
        return;
      }
      found = index;
    }
    const type = MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const isHtml = type.startsWith('text/html');
    // Vite's hashed bundles under /assets/ never change; everything else is revalidated.
    const hashed = !isHtml && rawPath.startsWith('/assets/');
    const body = req.method === 'HEAD' ? undefined : await readFile(found.file);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body?.length ?? found.size,
      'Cache-Control': isHtml ? 'no-store' : hashed ? 'private, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(body);
  };
}
