import { describe, expect, it } from 'vitest';
import { call, INDEX_HTML, rpc, signedIn, useHosts } from './hostHelpers.js';

describe('host access control', () => {
  const { start } = useHosts();

  it('trades the token in the address for an HttpOnly SameSite=Strict cookie and redirects without it', async () => {
    const host = await start();
    const reply = await call(host.port, { path: `/library?token=${host.token}&view=grid` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/library?view=grid');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`parallax_token=${host.token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/);
    expect(cookie).toMatch(/;\s*SameSite=Strict/);
    expect(cookie).toMatch(/;\s*Path=\//);
  });

  it('hands over at the address it prints', async () => {
    const host = await start();
    const printed = new URL(host.url);
    expect(printed.origin).toBe(host.origin);
    expect(printed.searchParams.get('token')).toBe(host.token);
    const reply = await call(host.port, { path: `${printed.pathname}${printed.search}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
  });

  it('uses a fresh 32-byte token per run', async () => {
    const a = await start();
    const b = await start();
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
  });

  it('never redirects off-site from a hand-over', async () => {
    const host = await start();
    const reply = await call(host.port, { path: `//evil.example/x?token=${host.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/evil.example/x');
  });

  it('serves the page once the cookie is set', async () => {
    const host = await start();
    const reply = await call(host.port, { path: '/', headers: signedIn(host) });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
  });

  it('refuses pages and calls without a token with 401 and a pointer to the printed address', async () => {
    const host = await start();
    const page = await call(host.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
    expect(page.body).toMatch(/address .*printed in the terminal/);
    expect(page.body).not.toContain(host.token);
    const asset = await call(host.port, { path: '/assets/app-abc123.js' });
    expect(asset.status).toBe(401);
    const noCookie = await call(host.port, {
      method: 'POST',
      path: '/rpc/articles.list',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noCookie.status).toBe(401);
  });

  it('refuses a wrong token in the cookie or the address with 401', async () => {
    const host = await start();
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await call(host.port, { path: '/', headers: { cookie: `parallax_token=${wrong}` } })).status).toBe(401);
    expect((await call(host.port, { path: '/', headers: { cookie: 'parallax_token=short' } })).status).toBe(401);
    expect((await call(host.port, { path: '/', headers: { cookie: `other=${host.token}` } })).status).toBe(401);
    const handOver = await call(host.port, { path: `/?token=${wrong}` });
    expect(handOver.status).toBe(401);
    expect(handOver.headers['set-cookie']).toBeUndefined();
    expect((await rpc({ ...host, token: wrong }, 'articles.list', {})).status).toBe(401);
  });

  it('does not accept the token in the address for a call', async () => {
    const host = await start();
    const reply = await call(host.port, {
      method: 'POST',
      path: `/rpc/articles.list?token=${host.token}`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Host header with 403 even with the right token (DNS rebinding)', async () => {
    const host = await start();
    for (const hostHeader of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `localhost.evil.example:${host.port}`]) {
      const reply = await call(host.port, { path: '/', headers: signedIn(host, { host: hostHeader }) });
      expect(reply.status, hostHeader).toBe(403);
    }
    const handOver = await call(host.port, { path: `/?token=${host.token}`, headers: { host: `evil.example:${host.port}` } });
    expect(handOver.status).toBe(403);
    expect(handOver.headers['set-cookie']).toBeUndefined();
    const rpcReply = await rpc(host, 'articles.create', { title: 'x', body: 'y' }, { host: `evil.example:${host.port}` });
    expect(rpcReply.status).toBe(403);
    expect(await host.backend.dispatch('articles.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('accepts its own host names', async () => {
    const host = await start();
    for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
      const reply = await call(host.port, { path: '/', headers: signedIn(host, { host: hostHeader }) });
      expect(reply.status, hostHeader).toBe(200);
    }
  });

  it('refuses a foreign Origin with 403 and accepts its own', async () => {
    const host = await start();
    for (const origin of ['http://evil.example', `http://evil.example:${host.port}`, 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`]) {
      const reply = await rpc(host, 'articles.create', { title: 'x', body: 'y' }, { origin });
      expect(reply.status, origin).toBe(403);
    }
    expect(await host.backend.dispatch('articles.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    const own = await rpc(host, 'articles.list', {}, { origin: host.origin });
    expect(own.status).toBe(200);
  });

  it('answers OPTIONS (a CORS preflight) with 405 and no CORS headers', async () => {
    const host = await start();
    const reply = await call(host.port, {
      method: 'OPTIONS',
      path: '/rpc/articles.create',
      headers: signedIn(host, {
        origin: host.origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      }),
    });
    expect(reply.status).toBe(405);
    expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('never sends Access-Control-* headers, whatever the request', async () => {
    const host = await start();
    const evil = { origin: 'http://evil.example' };
    const replies = await Promise.all([
      call(host.port, { path: '/' }),
      call(host.port, { path: '/', headers: signedIn(host, evil) }),
      call(host.port, { path: '/', headers: signedIn(host) }),
      call(host.port, { path: `/?token=${host.token}` }),
      call(host.port, { path: '/nope.js', headers: signedIn(host) }),
      rpc(host, 'articles.list', {}),
      rpc(host, 'articles.list', {}, { origin: host.origin }),
      rpc(host, 'articles.list', {}, evil),
    ]);
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });
});
