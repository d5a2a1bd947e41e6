import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/host/rpc.js';
import { call, rpc, signedIn, useHosts, type Reply } from './hostHelpers.js';

const article = { title: 'Pakistan, Afghanistan revive JCC talks', body: 'ISLAMABAD: Dar met Muttaqi in Kabul.' };

describe('host RPC', () => {
  const { start } = useHosts();

  it('creates an article over HTTP and lists it back', async () => {
    const host = await start();
    const created = await rpc(host, 'articles.create', article);
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(created.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(created.body);
    expect(result).toMatchObject({ ok: true, value: { title: article.title, body: article.body } });

    const listed = JSON.parse((await rpc(host, 'articles.list', {})).body);
    expect(listed.ok).toBe(true);
    expect(listed.value.total).toBe(1);
    expect(listed.value.items[0]).toMatchObject({ id: result.value.id, title: article.title });
  });

  it('answers 200 with the dispatcher’s invalid_input Result for invalid input', async () => {
    const host = await start();
    const reply = await rpc(host, 'articles.create', { title: 'x', body: '   ' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual(await host.backend.dispatch('articles.create', { title: 'x', body: '   ' }));
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'body' } });
  });

  it('treats an empty body as no input', async () => {
    const host = await start();
    const reply = await call(host.port, {
      method: 'POST',
      path: '/rpc/articles.list',
      headers: signedIn(host, { 'content-type': 'application/json' }),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('answers malformed JSON with 400 and an invalid_input Result', async () => {
    const host = await start();
    const reply = await call(host.port, {
      method: 'POST',
      path: '/rpc/articles.create',
      headers: signedIn(host, { 'content-type': 'application/json' }),
      body: '{"title": "x", ',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a body over the limit with 413 and a too_large Result, and writes nothing', async () => {
    const host = await start();
    const reply = await rpc(host, 'articles.create', { title: 'big', body: 'x'.repeat(MAX_BODY_BYTES) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(await host.backend.dispatch('articles.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses an over-limit chunked body (no Content-Length) with 413', async () => {
    const host = await start();
    const reply = await new Promise<Reply>((resolve, reject) => {
      let answered = false;
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/rpc/articles.create',
          headers: signedIn(host, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
          agent: false,
        },
        (res) => {
          answered = true;
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      req.write('{"title":"big","body":"');
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) req.write(chunk);
      req.end('"}');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('refuses a declared over-limit body before it is uploaded', async () => {
    const host = await start();
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/rpc/articles.create',
          headers: signedIn(host, { 'content-type': 'application/json', 'content-length': MAX_BODY_BYTES + 1 }),
          agent: false,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
          });
        },
      );
      req.on('error', reject);
      req.write('{"title":"big"'); // the rest never comes: the answer must not wait for it
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('accepts a body just under the limit', async () => {
    const host = await start();
    const filler = 'x'.repeat(MAX_BODY_BYTES - 200);
    const reply = await rpc(host, 'articles.list', { filler });
    // Through the transport to the dispatcher, which refuses the unknown key.
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers GET on a channel with 405', async () => {
    const host = await start();
    const reply = await call(host.port, { path: '/rpc/x', headers: signedIn(host) });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('refuses a call that is not JSON with 415 (keeps HTML forms out)', async () => {
    const host = await start();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await call(host.port, {
        method: 'POST',
        path: '/rpc/articles.create',
        headers: signedIn(host, { 'content-type': type }),
        body: JSON.stringify(article),
      });
      expect(reply.status, type).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    }
    expect(await host.backend.dispatch('articles.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('accepts application/json with a charset', async () => {
    const host = await start();
    const reply = await rpc(host, 'articles.list', {}, { 'content-type': 'application/json; charset=utf-8' });
    expect(reply.status).toBe(200);
  });

  it('answers an unknown channel with 404 and the dispatcher’s Result', async () => {
    const host = await start();
    const reply = await rpc(host, 'articles.explode', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
    const proto = await rpc(host, '__proto__', {});
    expect(proto.status).toBe(404);
  });
});
