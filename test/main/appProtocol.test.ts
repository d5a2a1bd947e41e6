import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/security/csp.js';
import { createAppProtocolHandler, isAppUrl, resolveAppFile } from '../../electron/main/appProtocol.js';
import { useTempDirs } from '../helpers/tempDir.js';

describe('app protocol', () => {
  const tempDir = useTempDirs();
  let rendererDir: string;
  let serve: (request: Request) => Promise<Response>;

  beforeEach(() => {
    const root = tempDir();
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
    serve = createAppProtocolHandler(rendererDir);
  });

  const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

  it('serves index.html as HTML with the CSP', async () => {
    const response = await get('parallax://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Parallax</title>');
  });

  it('serves index.html for the bare origin', async () => {
    expect(await (await get('parallax://app/')).text()).toContain('<title>Parallax</title>');
  });

  it('serves scripts and styles with their MIME types, the CSP and nosniff', async () => {
    const script = await get('parallax://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log("app")');
    expect((await get('parallax://app/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 with the CSP for a missing file or a folder', async () => {
    for (const url of ['parallax://app/missing.js', 'parallax://app/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    'parallax://app/../secret.txt',
    'parallax://app/%2e%2e/secret.txt',
    'parallax://app/..%2fsecret.txt',
    'parallax://app/assets/..%2f..%2fsecret.txt',
    'parallax://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('resolves encoded traversal, NUL and malformed escapes to nothing', () => {
    expect(resolveAppFile(rendererDir, 'parallax://app/assets/..%2f..%2fsecret.txt')).toBeUndefined();
    expect(resolveAppFile(rendererDir, 'parallax://app/index.html%00.js')).toBeUndefined();
    expect(resolveAppFile(rendererDir, 'parallax://app/%E0%A4%A')).toBeUndefined();
    expect(resolveAppFile(rendererDir, 'parallax://app/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'));
  });

  it('refuses another host on the same scheme', async () => {
    expect((await get('parallax://evil/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('parallax://app/index.html', 'POST')).status).toBe(405);
    const head = await get('parallax://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('parallax://app/index.html')).toBe(true);
    expect(isAppUrl('parallax://app.evil/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
