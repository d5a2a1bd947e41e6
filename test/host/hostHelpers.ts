import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startHost, type HostHandle } from '../../electron/host/server.js';
import { useTempDirs } from '../helpers/tempDir.js';

export const INDEX_HTML = '<!doctype html><title>Parallax test renderer</title><div id="root"></div>';
export const APP_JS = 'console.log("parallax test bundle");';

/** A tiny stand-in for dist/renderer, so tests do not depend on a build. */
export function makeRenderer(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), APP_JS);
  writeFileSync(join(dir, 'assets', 'style.css'), 'body { color: black; }');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One raw HTTP exchange with node:http (unlike fetch, it lets a test set Host and Origin). */
export function call(port: number, { method = 'GET', path, headers = {}, body }: Call): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // A server that answers before reading a whole upload may close mid-write; the answer counts.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

/** Starts hosts on temp dirs with a fake renderer; closes them after each test. */
export function useHosts() {
  const tempDir = useTempDirs();
  const started: HostHandle[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((host) => host.close()));
  });
  const start = async (opts: { dataDir?: string; rendererDir?: string } = {}) => {
    const host = await startHost({
      dataDir: opts.dataDir ?? tempDir(),
      rendererDir: opts.rendererDir ?? makeRenderer(tempDir()),
    });
    started.push(host);
    return host;
  };
  return { start, tempDir };
}

/** The headers a signed-in page sends. */
export function signedIn(host: HostHandle, extra: Record<string, string | number> = {}): Record<string, string | number> {
  return { cookie: `parallax_token=${host.token}`, ...extra };
}

export function rpc(host: HostHandle, channel: string, input: unknown, extra: Record<string, string> = {}): Promise<Reply> {
  return call(host.port, {
    method: 'POST',
    path: `/rpc/${channel}`,
    headers: signedIn(host, { 'content-type': 'application/json', ...extra }),
    body: JSON.stringify(input),
  });
}
