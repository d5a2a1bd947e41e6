import type * as Http from 'node:http';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { useHosts } from './hostHelpers.js';

// Capture the server startHost creates, to read the address it is bound to.
const servers = vi.hoisted(() => [] as Server[]);
vi.mock('node:http', async (importOriginal) => {
  const http = await importOriginal<typeof Http>();
  const createServer = ((...args: Parameters<typeof http.createServer>) => {
    const server = http.createServer(...args);
    servers.push(server);
    return server;
  }) as typeof http.createServer;
  return { ...http, createServer, default: { ...http, createServer } };
});

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('host listening address', () => {
  const { start } = useHosts();

  it('binds its server to 127.0.0.1 only', async () => {
    const host = await start();
    const server = servers.at(-1)!;
    const address = server.address() as AddressInfo;
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: host.port });
  });

  it('cannot be reached on other local addresses', async () => {
    const host = await start();
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    // On Linux all of 127/8 reaches the loopback interface, so this connects only if bound wider.
    expect(await canConnect('127.0.0.2', host.port)).toBe(false);
    expect(await canConnect('::1', host.port)).toBe(false);
  });
});
