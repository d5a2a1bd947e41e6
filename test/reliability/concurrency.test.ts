import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { useTempDirs } from '../helpers/tempDir.js';

const run = promisify(execFile);
const WRITER = fileURLToPath(new URL('./concurrency/writer.ts', import.meta.url));

/**
 * The rule: two processes (two app windows, the app and the CLI) share a workspace safely.
 * SQLite's WAL lets one write while others read, busy_timeout makes a second writer wait its
 * turn, and every write is one transaction; opening migrates under a write lock.
 */
describe('two processes on one workspace', () => {
  const tempDir = useTempDirs();

  it('write at the same time without corrupting it, and each sees the other’s writes', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    // Both open a brand-new workspace at once, so both race to create and migrate it too.
    const writers = ['first', 'second'].map((name) =>
      run(process.execPath, ['--import', 'tsx', WRITER, dir, name, '60', '120'], { encoding: 'utf8' }),
    );
    const outputs = await Promise.all(writers);
    expect(outputs.map((o) => Number(o.stdout.trim()))).toEqual([120, 120]);

    const workspace = openWorkspace(dir);
    const db = workspace.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const titles = db.prepare('SELECT title FROM article').pluck().all() as string[];
    workspace.close();
    for (const name of ['first', 'second']) {
      expect(titles.filter((t) => t.startsWith(`${name} `)).sort()).toEqual(
        Array.from({ length: 60 }, (_, i) => `${name} ${i}`).sort(),
      );
    }
  });
});
