import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { backupPath, keepDailyBackup } from '../../electron/backend/backup/backupFolder.js';
import { replaceWorkspace } from '../../electron/backend/backup/restore.js';
import { WorkspaceError } from '../../electron/backend/errors.js';
import { WORKSPACE_FILE } from '../../electron/backend/paths.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { useTempDirs } from '../helpers/tempDir.js';

const tempDir = useTempDirs();

/** A closed workspace in a fresh folder holding `count` articles; answers the folder. */
async function workspaceWithArticles(count: number, dir = tempDir()): Promise<string> {
  const backend = startBackend(dir, { logError: () => {} });
  for (let i = 0; i < count; i++) {
    const body = `Article ${i} about the Torkham crossing. `.repeat(200);
    const result = await backend.dispatch('articles.create', { title: `Article ${i}`, body });
    expect(result.ok).toBe(true);
  }
  backend.close();
  return dir;
}

function openingFails(dir: string): WorkspaceError {
  try {
    openWorkspace(dir).close();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceError);
    return error as WorkspaceError;
  }
  throw new Error('The damaged workspace opened.');
}

/** Opening must refuse the file, name the damage, and leave its bytes (and its WAL's) as they were. */
function expectRefusedUntouched(dir: string, problem: WorkspaceError['problem'], detail: RegExp): WorkspaceError {
  const file = join(dir, WORKSPACE_FILE);
  const before = readFileSync(file);
  const walBefore = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : undefined;
  const error = openingFails(dir);
  expect(error.problem).toBe(problem);
  expect(error.message).toMatch(detail);
  expect(error.message).toContain('left untouched');
  expect(readFileSync(file).equals(before)).toBe(true);
  if (walBefore) expect(readFileSync(`${file}-wal`).equals(walBefore)).toBe(true);
  return error;
}

describe('a damaged workspace file', () => {
  it('that is not SQLite at all is refused and left as it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, WORKSPACE_FILE), 'These are my notes, not a database.\n'.repeat(100));
    expectRefusedUntouched(dir, 'not_sqlite', /not an SQLite database/);
  });

  it('that is cut short is refused and left as it was', async () => {
    const dir = await workspaceWithArticles(20);
    const file = join(dir, WORKSPACE_FILE);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    expectRefusedUntouched(dir, 'damaged', /cut short/);
  });

  it('with overwritten pages is refused and left as it was', async () => {
    const dir = await workspaceWithArticles(20);
    const file = join(dir, WORKSPACE_FILE);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Pages 3 to 6 (tables' and indexes' first pages) become noise; the header stays valid.
    for (let i = 2 * pageSize; i < 6 * pageSize; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    expectRefusedUntouched(dir, 'damaged', /damaged/);
  });

  it('with a leftover WAL from another workspace is refused, and the WAL is not written into it', async () => {
    const dir = await workspaceWithArticles(5);
    const other = await workspaceWithArticles(0);
    // The other workspace's unfinished WAL: written, never checkpointed.
    const db = new Database(join(other, WORKSPACE_FILE));
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('CREATE TABLE scratch (x TEXT)').run();
    const insert = db.prepare('INSERT INTO scratch VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run(`row ${i} `.repeat(50));
    copyFileSync(join(other, `${WORKSPACE_FILE}-wal`), join(dir, `${WORKSPACE_FILE}-wal`));
    db.close();
    expectRefusedUntouched(dir, 'damaged', /damaged/);
  });

  it('offers the newest good automatic backup, which restore puts in place keeping the damaged file aside', async () => {
    const dir = await workspaceWithArticles(3);
    const workspace = openWorkspace(dir);
    keepDailyBackup(workspace.db, dir, new Date('2025-04-15T08:00:00Z'));
    keepDailyBackup(workspace.db, dir, new Date('2025-04-16T08:00:00Z'));
    workspace.db.prepare(`DELETE FROM article WHERE title = 'Article 2'`).run();
    keepDailyBackup(workspace.db, dir, new Date('2025-04-17T08:00:00Z'));
    workspace.close();
    // The newest backup is itself damaged, so the 16th is the newest good one.
    truncateSync(backupPath(dir, 'auto-2025-04-17.sqlite'), 8192);
    const file = join(dir, WORKSPACE_FILE);
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 100), Buffer.alloc(40_000, 0xee)]));
    const damaged = readFileSync(file);

    const error = expectRefusedUntouched(dir, 'damaged', /damaged/);
    expect(error.backups.map((b) => b.name)).toEqual(['auto-2025-04-16.sqlite', 'auto-2025-04-15.sqlite']);
    expect(error.message).toContain(backupPath(dir, 'auto-2025-04-16.sqlite'));
    expect(error.message).toContain('parallax restore');

    const result = replaceWorkspace(dir, backupPath(dir, error.backups[0]!.name));
    expect(readFileSync(result.kept_aside).equals(damaged)).toBe(true);
    const restored = openWorkspace(dir);
    const titles = restored.db.prepare('SELECT title FROM article ORDER BY title').pluck().all();
    restored.close();
    expect(titles).toEqual(['Article 0', 'Article 1', 'Article 2']);
  });

  it('offers nothing when there is no backup', () => {
    const dir = tempDir();
    writeFileSync(join(dir, WORKSPACE_FILE), 'not a database');
    const error = openingFails(dir);
    expect(error.backups).toEqual([]);
    expect(error.message).not.toContain('parallax restore');
  });
});

describe('a full disk', () => {
  it('refuses the write with a clear error and keeps every earlier article', async () => {
    const dir = await workspaceWithArticles(3);
    const backend = startBackend(dir, { logError: () => {} });
    const db = backend.workspace.db;
    // SQLite answers SQLITE_FULL once the file would grow past this: a disk with no room left.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = await backend.dispatch('articles.create', { title: 'Too big', body: 'Border trade resumed. '.repeat(20_000) });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error.message).toMatch(/full/i);
    expect(db.prepare('SELECT title FROM article ORDER BY title').pluck().all()).toEqual(['Article 0', 'Article 1', 'Article 2']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
    // Reopened, with room again, the workspace takes new work.
    const reopened = startBackend(dir, { logError: () => {} });
    expect((await reopened.dispatch('articles.create', { title: 'Later', body: 'Room again.' })).ok).toBe(true);
    reopened.close();
  });
});
