import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../electron/backend/errors.js';
import { WORKSPACE_FILE } from '../../electron/backend/paths.js';
import { defaultRendererDir, startHost } from '../../electron/host/server.js';
import { makeRenderer, rpc, signedIn, useHosts } from './hostHelpers.js';

const article = { title: 'Muttaqi receives Dar in Kabul', body: 'KABUL: The two ministers met on Saturday.' };

async function titles(host: Parameters<typeof rpc>[0]): Promise<string[]> {
  const reply = JSON.parse((await rpc(host, 'articles.list', {})).body);
  expect(reply.ok).toBe(true);
  return reply.value.items.map((item: { title: string }) => item.title);
}

describe('startHost', () => {
  const { start, tempDir } = useHosts();

  it('listens on 127.0.0.1 only, at the port it reports', async () => {
    const host = await start();
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.port).toBeGreaterThan(0);
    // The URL's port is real: the server answers there.
    expect((await rpc(host, 'articles.list', {})).status).toBe(200);
  });

  it('keeps the data across a restart on the same data folder', async () => {
    const dataDir = tempDir();
    const rendererDir = makeRenderer(tempDir());
    const first = await startHost({ dataDir, rendererDir });
    expect((await rpc(first, 'articles.create', article)).status).toBe(200);
    await first.close();

    const second = await start({ dataDir, rendererDir });
    expect(await titles(second)).toEqual([article.title]);
  });

  it('lets a second server on the same data folder read what the first wrote', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    const second = await start({ dataDir });
    expect(second.port).not.toBe(first.port);
    expect((await rpc(first, 'articles.create', article)).status).toBe(200);
    expect(await titles(second)).toEqual([article.title]);
  });

  it('refuses the other server’s token', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    const second = await start({ dataDir });
    expect((await rpc({ ...second, token: first.token }, 'articles.list', {})).status).toBe(401);
  });

  it('passes a WorkspaceError from opening the data folder to the caller', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, WORKSPACE_FILE), 'this is not a database, it is a shopping list');
    await expect(startHost({ dataDir, rendererDir: tempDir() })).rejects.toBeInstanceOf(WorkspaceError);
  });

  it('closes the database when it closes', async () => {
    const dataDir = tempDir();
    const host = await startHost({ dataDir, rendererDir: makeRenderer(tempDir()) });
    await host.close();
    expect(host.backend.workspace.db.open).toBe(false);
    await host.close(); // a second close is harmless
  });

  it('closes even while a request is still in flight', async () => {
    const host = await startHost({ dataDir: tempDir(), rendererDir: makeRenderer(tempDir()) });
    const req = request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: '/rpc/articles.list',
      headers: signedIn(host, { 'content-type': 'application/json', 'content-length': 100 }),
      agent: false,
    });
    req.on('error', () => {});
    req.write('{'); // and never finish: the server waits for the rest
    await once(req, 'socket');
    await new Promise<void>((resolve) => req.socket?.once('connect', () => resolve()) ?? resolve());
    // Without destroying open connections, close() would wait for this request forever.
    await host.close();
    expect(host.backend.workspace.db.open).toBe(false);
  });

  it('refuses a port that is taken, and leaves no database open', async () => {
    const first = await start();
    const dataDir = tempDir();
    await expect(startHost({ dataDir, port: first.port, rendererDir: tempDir() })).rejects.toThrow(/EADDRINUSE/);
    // The database was closed again: the folder can be opened afresh and used.
    const again = await start({ dataDir });
    expect((await rpc(again, 'articles.list', {})).status).toBe(200);
  });

  it('finds dist/renderer at the repository root by default', () => {
    const expected = join(new URL('../..', import.meta.url).pathname, 'dist', 'renderer');
    expect(defaultRendererDir()).toBe(expected);
  });
});
