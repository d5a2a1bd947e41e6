import { startBackend, type Backend } from '../../electron/backend/app.js';
import { afterEach } from 'vitest';
import { useTempDirs } from './tempDir.js';

/** A backend on a fresh workspace per test, validating every answer against the contract. */
export function useBackend(): () => Backend {
  const tempDir = useTempDirs();
  const opened: Backend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });
  return () => {
    const backend = startBackend(tempDir(), { validateOutput: true, logError: () => {} });
    opened.push(backend);
    return backend;
  };
}
