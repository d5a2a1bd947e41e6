import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCloseRecordPath, takeCleanClose } from '../../../electron/backend/db/cleanClose.js';
import { findFileDamage } from '../../../electron/backend/db/fileDamage.js';
import { openWorkspace } from '../../../electron/backend/workspace.js';
import { useTempDirs } from '../../helpers/tempDir.js';

const tempDir = useTempDirs();

/** A workspace with some articles, closed by the app; answers its file. */
function closedWorkspace(): string {
  const workspace = openWorkspace(tempDir());
  const insert = workspace.db.prepare(
    `INSERT INTO article (id, title, body, content_hash, imported_at) VALUES (?, ?, ?, ?, '2025-01-01T00:00:00Z')`,
  );
  for (let i = 0; i < 30; i++) insert.run(`a${i}`, `Article ${i}`, `Talks on the Torkham crossing, part ${i}. `.repeat(100), `h${i}`);
  workspace.close();
  return workspace.file;
}

/** Overwrites bytes in the middle of the file in place: same size, same inode, same header. */
function overwriteMiddle(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(8192, 0xee), 0, 8192, Math.floor(size / 2));
  } finally {
    closeSync(fd);
  }
}

describe('the record of a clean close', () => {
  it('is written when the app closes the workspace, and taken (removed) by the next open', () => {
    const file = closedWorkspace();
    expect(existsSync(cleanCloseRecordPath(file))).toBe(true);
    const reopened = openWorkspace(join(file, '..'));
    // A crash from here on must not find a record saying the file was left clean.
    expect(existsSync(cleanCloseRecordPath(file))).toBe(false);
    reopened.db.close();
    expect(takeCleanClose(file)).toBe(false);
  });

  it('vouches for the file exactly as the app left it, once', () => {
    const file = closedWorkspace();
    expect(takeCleanClose(file)).toBe(true);
    expect(takeCleanClose(file)).toBe(false);
  });

  it('is void once anything writes to the file, even at once, in place and at the same size', () => {
    const closing = Date.now();
    const file = closedWorkspace();
    // The close leaves a time before itself, which no later write can give the file, however
    // coarse the file system's clock.
    expect(statSync(file).mtimeMs).toBeLessThan(closing - 1000);
    overwriteMiddle(file);
    expect(takeCleanClose(file)).toBe(false);
  });

  it('is void for another file put in its place, even one given the same time', () => {
    const file = closedWorkspace();
    const { mtime } = statSync(file);
    copyFileSync(file, `${file}.copy`);
    utimesSync(`${file}.copy`, mtime, mtime);
    renameSync(`${file}.copy`, file);
    expect(takeCleanClose(file)).toBe(false);
  });

  it('is void when a WAL lies beside the file: it may come from another workspace', () => {
    const file = closedWorkspace();
    writeFileSync(`${file}-wal`, Buffer.alloc(4096, 1));
    expect(takeCleanClose(file)).toBe(false);
  });

  it('is not written while another connection holds the workspace open', () => {
    const workspace = openWorkspace(tempDir());
    const other = new Database(workspace.file);
    other.prepare('SELECT count(*) FROM article').get();
    workspace.close();
    expect(existsSync(cleanCloseRecordPath(workspace.file))).toBe(false);
    other.close();
  });

  it('is not trusted when it cannot be read', () => {
    const file = closedWorkspace();
    writeFileSync(cleanCloseRecordPath(file), readFileSync(cleanCloseRecordPath(file), 'utf8').slice(0, 10));
    expect(takeCleanClose(file)).toBe(false);
  });
});

describe('the damage check after a clean close', () => {
  it('skips only quick_check: a file not SQLite or cut short is still refused', () => {
    const file = closedWorkspace();
    overwriteMiddle(file);
    expect(findFileDamage(file)?.problem).toBe('damaged');
    // What quick_check alone finds is what a clean close vouches for.
    expect(findFileDamage(file, { closedCleanly: true })).toBeUndefined();
    writeFileSync(file, readFileSync(file).subarray(0, 8192));
    expect(findFileDamage(file, { closedCleanly: true })).toMatchObject({ problem: 'damaged', detail: expect.stringMatching(/cut short/) });
    writeFileSync(file, 'not a database at all');
    expect(findFileDamage(file, { closedCleanly: true })?.problem).toBe('not_sqlite');
  });
});
