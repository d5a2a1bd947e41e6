import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend, type Backend } from '../backend/app.js';
import { cookieToken, createToken, hostAllowed, originAllowed, tokenCookie, tokenMatches } from './auth.js';
import { sendText, setSecurityHeaders } from './headers.js';
import { openBrowser } from './openBrowser.js';
import { handleRpc, RPC_PREFIX } from './rpc.js';
import { createStaticHandler } from './staticFiles.js';

export interface HostOptions {
  dataDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** The built renderer; defaults to <repo>/dist/renderer. */
  rendererDir?: string;
  /** Open the system browser at the hand-over address. */
  open?: boolean;
  log?: (line: string) => void;
}

export interface HostHandle {
  /** http://127.0.0.1:PORT/?token=…: the one-time hand-over address to print or open. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const UNAUTHORIZED =
  'Parallax needs its access key. Open the address Parallax printed in the terminal (it ends in ?token=…).';

/** <repo>/dist/renderer, found from this file whether it runs from source or from a bundle under dist/. */
export function defaultRendererDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const { root } = parse(dir);
  while (dir !== root && !existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return join(dir, 'dist', 'renderer');
}

function splitUrl(rawUrl: string): { path: string; query: URLSearchParams } {
  const q = rawUrl.indexOf('?');
  return q < 0
    ? { path: rawUrl, query: new URLSearchParams() }
    : { path: rawUrl.slice(0, q), query: new URLSearchParams(rawUrl.slice(q + 1)) };
}

/** Starts the browser-mode server on 127.0.0.1. A WorkspaceError from opening the data propagates. */
export async function startHost(options: HostOptions): Promise<HostHandle> {
  const log = options.log ?? (() => {});
  const backend = startBackend(options.dataDir, {
    logError: (error, channel) => log(`${channel} failed: ${(error as Error)?.stack ?? String(error)}`),
  });
  const token = createToken();
  const serveStatic = createStaticHandler(options.rendererDir ?? defaultRendererDir());
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!hostAllowed(req, port) || !originAllowed(req, port)) {
      sendText(res, 403, 'Forbidden.');
      return;
    }
    // No CORS, so no preflight is ever granted.
    if (req.method === 'OPTIONS') {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD, POST' });
      return;
    }
    const { path, query } = splitUrl(req.url ?? '/');
    const offered = query.get('token');
    if (offered !== null && req.method === 'GET') {
      if (!tokenMatches(offered, token)) {
        sendText(res, 401, UNAUTHORIZED);
        return;
      }
      // Trade the token in the address for a cookie, and drop it from the address bar and history.
      query.delete('token');
      const rest = query.toString();
      // Leading slashes collapsed so `//evil.example/` cannot become an off-site redirect.
      const location = `/${path.replace(/^[/\\]+/, '')}${rest ? `?${rest}` : ''}`;
      sendText(res, 303, 'See other.', { Location: location, 'Set-Cookie': tokenCookie(token) });
      return;
    }
    if (!tokenMatches(cookieToken(req), token)) {
      sendText(res, 401, UNAUTHORIZED);
      return;
    }
    if (path.startsWith(RPC_PREFIX)) await handleRpc(req, res, path, backend.dispatch);
    else if (path.startsWith('/')) await serveStatic(req, res, path);
    else sendText(res, 404, 'Not found.');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request ${req.method} ${req.url} failed: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Parallax hit an internal error.');
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    backend.close();
    throw error;
  }
  server.on('error', (error) => log(`server error: ${error.message}`));
  port = (server.address() as AddressInfo).port;

  const origin = `http://${HOST}:${port}`;
  const url = `${origin}/?token=${token}`;
  if (options.open) openBrowser(url, { log });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      server.close(() => {
        backend.close();
        resolve();
      });
      // Keep-alive sockets would otherwise hold close() open until they time out.
      server.closeAllConnections();
    }));

  return { url, origin, port, token, backend, close };
}
