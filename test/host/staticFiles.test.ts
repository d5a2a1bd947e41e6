import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/security/csp.js';
import { resolveInside } from '../../electron/backend/security/rendererFiles.js';
import { APP_JS, call, INDEX_HTML, makeRenderer, signedIn, useHosts } from './hostHelpers.js';

const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';

describe('host static files', () => {
  const { start, tempDir } = useHosts();

  /** A renderer folder inside a parent that holds files which must never be served. */
  function nestedRenderer(): string {
    const parent = tempDir();
    writeFileSync(join(parent, 'package.json'), `{"secret":"${SECRET}"}`);
    writeFileSync(join(parent, 'secret.txt'), SECRET);
    return makeRenderer(join(parent, 'renderer'));
  }

  it('serves index.html with the CSP, nosniff and no-store', async () => {
    const host = await start();
    const reply = await call(host.port, { path: '/', headers: signedIn(host) });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('sends the security headers on refusals too', async () => {
    const host = await start();
    for (const reply of [
      await call(host.port, { path: '/' }),
      await call(host.port, { path: '/', headers: { host: 'evil.example' } }),
      await call(host.port, { path: '/missing.js', headers: signedIn(host) }),
    ]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves assets with their MIME types', async () => {
    const host = await start();
    const js = await call(host.port, { path: '/assets/app-abc123.js', headers: signedIn(host) });
    expect(js.status).toBe(200);
    expect(js.body).toBe(APP_JS);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await call(host.port, { path: '/assets/style.css', headers: signedIn(host) });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await call(host.port, { path: '/favicon.svg', headers: signedIn(host) });
    expect(svg.headers['content-type']).toBe('image/svg+xml');
  });

  it('answers HEAD without a body', async () => {
    const host = await start();
    const reply = await call(host.port, { method: 'HEAD', path: '/assets/app-abc123.js', headers: signedIn(host) });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expect(Number(reply.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
  });

  it('falls back to index.html for client routes but not for missing files', async () => {
    const host = await start();
    const route = await call(host.port, { path: '/articles/123/notes', headers: signedIn(host) });
    expect(route.status).toBe(200);
    expect(route.body).toBe(INDEX_HTML);
    const missing = await call(host.port, { path: '/assets/missing.js', headers: signedIn(host) });
    expect(missing.status).toBe(404);
  });

  it('answers unknown methods on pages with 405', async () => {
    const host = await start();
    const reply = await call(host.port, { method: 'PUT', path: '/index.html', headers: signedIn(host), body: 'x' });
    expect(reply.status).toBe(405);
  });

  it('never leaks files outside the renderer folder through traversal', async () => {
    const host = await start({ rendererDir: nestedRenderer() });
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/..%2Fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/%2e%2e%5csecret.txt',
      '/%00/../package.json',
      '/%E0%A4%A',
      '/.%2e/secret.txt',
    ];
    for (const path of attempts) {
      const reply = await call(host.port, { path, headers: signedIn(host) });
      expect(reply.body, path).not.toContain(SECRET);
      expect(reply.status, path).toBe(404);
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const rendererDir = nestedRenderer();
    symlinkSync(join(rendererDir, '..', 'secret.txt'), join(rendererDir, 'link.txt'));
    const host = await start({ rendererDir });
    const reply = await call(host.port, { path: '/link.txt', headers: signedIn(host) });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SECRET);
  });

  it('answers 503 with a build hint when the renderer is not built', async () => {
    const empty = tempDir();
    mkdirSync(join(empty, 'assets'));
    const host = await start({ rendererDir: empty });
    const reply = await call(host.port, { path: '/', headers: signedIn(host) });
    expect(reply.status).toBe(503);
    expect(reply.body).toContain('The renderer is not built: run npm run build:renderer');
    const missingDir = await start({ rendererDir: join(empty, 'nope') });
    expect((await call(missingDir.port, { path: '/', headers: signedIn(missingDir) })).status).toBe(503);
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the root and refuses the rest', () => {
    const root = '/srv/renderer';
    expect(resolveInside(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
    expect(resolveInside(root, '/')).toBe(root);
    expect(resolveInside(root, '/a%20b.js')).toBe('/srv/renderer/a b.js');
    for (const bad of ['/../x', '/%2e%2e/x', '/..%2fx', '/a/..%2f..%2fx', '/a\\..\\x', '/%00', '/%zz', 'x', '/.env']) {
      expect(resolveInside(root, bad), bad).toBeUndefined();
    }
  });
});
