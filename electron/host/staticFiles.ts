import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { mimeTypeOf, resolveInside } from '../backend/security/rendererFiles.js';
import { sendText } from './headers.js';

export const NOT_BUILT_MESSAGE = 'The renderer is not built: run npm run build:renderer';

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
    const type = mimeTypeOf(found.file);
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
