import * as crypto from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { createToken, tokenMatches } from '../../electron/host/auth.js';
import { call, rpc, signedIn, useHosts } from '../host/hostHelpers.js';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

describe('the token comparison', () => {
  it('accepts only the exact token', () => {
    const token = createToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(undefined, token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(0, -1), token)).toBe(false);
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(tokenMatches(flipped, token)).toBe(false);
    // Same length in characters, not in bytes: refused, not thrown.
    expect(tokenMatches(`${token.slice(0, -1)}é`, token)).toBe(false);
  });

  it('compares equal-length candidates with crypto.timingSafeEqual, whose time does not depend on where they differ', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    const token = createToken();
    tokenMatches(`A${token.slice(1)}`, token);
    tokenMatches(`${token.slice(0, -1)}A`, token);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});

/** The heap after a full collection, in bytes. */
function settledHeap(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('a flood of requests on loopback', () => {
  const { start } = useHosts();

  it('answers 5,000 mixed requests, refusing the unauthorised ones, without the heap growing', { timeout: 300_000 }, async () => {
    const host = await start();
    const kinds = [
      () => rpc(host, 'articles.list', {}).then((r) => expect(r.status).toBe(200)),
      () => call(host.port, { path: '/' }).then((r) => expect(r.status).toBe(401)),
      () => call(host.port, { path: '/', headers: signedIn(host, { cookie: 'parallax_token=wrong' }) }).then((r) => expect(r.status).toBe(401)),
      () => call(host.port, { path: '/', headers: signedIn(host, { host: `evil.example:${host.port}` }) }).then((r) => expect(r.status).toBe(403)),
      () => call(host.port, { method: 'POST', path: '/rpc/articles.list', headers: signedIn(host, { origin: 'http://evil.example', 'content-type': 'application/json' }), body: '{}' }).then((r) => expect(r.status).toBe(403)),
    ];
    const flood = async (requests: number) => {
      let next = 0;
      const worker = async () => {
        while (next < requests) await kinds[next++ % kinds.length]!();
      };
      await Promise.all(Array.from({ length: 32 }, worker));
    };
    await flood(500); // warm-up: code paths compiled, pools filled
    const before = settledHeap();
    await flood(5000);
    const after = settledHeap();
    // Leaking even 2 KB per request would add 10 MB.
    expect(after - before).toBeLessThan(5 * 1024 * 1024);
    expect((await rpc(host, 'articles.list', {})).status).toBe(200);
  });
});
