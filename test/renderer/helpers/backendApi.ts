import { afterEach } from 'vitest';
import { startBackend, type Backend } from '../../../electron/backend/app';
import { createApi, type Api, type Transport } from '../../../renderer/api/client';
import type { Channel } from '../../../shared/contract';
import type { ApiError as ApiErrorShape } from '../../../shared/result';
import { useTempDirs } from '../../helpers/tempDir';

export interface BackendApi {
  api: Api;
  /** The real backend on a fresh workspace, for seeding and checking what was stored. */
  backend: Backend;
  /** Every call the renderer made, in order. */
  calls: { channel: Channel; input: unknown }[];
  /** Makes the next call on `channel` answer `{ ok: false, error }` without reaching the backend. */
  failNext(channel: Channel, error: ApiErrorShape): void;
}

/**
 * Renderer tests against the real backend (dispatcher, SQLite in a temp folder), called
 * in-process the way the IPC and HTTP transports would; one fresh workspace per call.
 */
export function useBackendApi(): () => BackendApi {
  const tempDir = useTempDirs();
  const opened: Backend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });
  return () => {
    const backend = startBackend(tempDir(), { validateOutput: true, logError: () => {} });
    opened.push(backend);
    const calls: BackendApi['calls'] = [];
    const failures = new Map<Channel, ApiErrorShape>();
    const transport: Transport = async (channel, input) => {
      calls.push({ channel, input });
      const failure = failures.get(channel);
      failures.delete(channel);
      // A structured clone, as IPC and JSON would, so the renderer never shares objects with the backend.
      return failure ? { ok: false, error: failure } : structuredClone(await backend.dispatch(channel, structuredClone(input)));
    };
    return { api: createApi(transport), backend, calls, failNext: (channel, error) => void failures.set(channel, error) };
  };
}
