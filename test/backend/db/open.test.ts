import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { openDatabase } from '../../../electron/backend/db/open.js';
import { useTempDirs } from '../../helpers/tempDir.js';

describe('openDatabase', () => {
  const tempDir = useTempDirs();

  it('opens a new file with WAL, foreign keys, a busy timeout and the current schema', () => {
    const db = openDatabase(join(tempDir(), 'w.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it byte-identical', () => {
    const file = join(tempDir(), 'w.sqlite');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(100));
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/not an SQLite database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a workspace from a newer Parallax and does not change its version', () => {
    const file = join(tempDir(), 'w.sqlite');
    const newer = new Database(file);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    newer.close();
    expect(() => openDatabase(file)).toThrow(/newer version of Parallax/);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 10);
    check.close();
  });

  it('reopens an existing workspace without migrating twice', () => {
    const file = join(tempDir(), 'w.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
