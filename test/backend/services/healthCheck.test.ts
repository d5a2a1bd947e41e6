import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { checkWorkspace } from '../../../electron/backend/services/healthCheck.js';
import { openWorkspace } from '../../../electron/backend/workspace.js';
import { useTempDirs } from '../../helpers/tempDir.js';

const failures = (dir: string) =>
  checkWorkspace(dir).checks.filter((c) => !c.ok).map((c) => [c.name, c.detail]);

/** A plain SQLite file (no WAL) at the workspace path, prepared by `setUp`. */
function writeDatabase(dir: string, setUp: (db: Database.Database) => void): string {
  const file = join(dir, 'workspace.sqlite');
  const db = new Database(file);
  setUp(db);
  db.close();
  return file;
}

describe('checkWorkspace', () => {
  const tempDir = useTempDirs();

  it('creates a missing workspace at the current schema and passes every check', () => {
    const dir = join(tempDir(), 'fresh');
    const report = checkWorkspace(dir);
    expect(report).toMatchObject({ ok: true, file: join(dir, 'workspace.sqlite') });
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([
      ['sqlite_file', true],
      ['schema_version', true],
      ['integrity', true],
      ['foreign_keys', true],
    ]);
    expect(report.checks[1]!.detail).toBe(`schema ${SCHEMA_VERSION} (current)`);
  });

  it('passes a workspace the app has open, reading it alongside', () => {
    const dir = tempDir();
    const workspace = openWorkspace(dir);
    expect(checkWorkspace(dir).ok).toBe(true);
    workspace.close();
  });

  it('reports a file that is not SQLite as the only check and leaves it byte-identical', () => {
    const dir = tempDir();
    const file = join(dir, 'workspace.sqlite');
    writeFileSync(file, 'a spreadsheet export\n'.repeat(40));
    const before = readFileSync(file);
    const report = checkWorkspace(dir);
    expect(report.ok).toBe(false);
    expect(report.checks).toEqual([{ name: 'sqlite_file', ok: false, detail: expect.stringMatching(/not an SQLite database/) }]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a schema newer than this app and leaves the file and folder unchanged', () => {
    const dir = tempDir();
    const file = writeDatabase(dir, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 5}`));
    const before = readFileSync(file);
    expect(failures(dir)).toEqual([['schema_version', expect.stringMatching(/newer version of Parallax/)]]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['workspace.sqlite']);
  });

  it('accepts an older schema, noting that the app will upgrade it, without upgrading it', () => {
    const dir = tempDir();
    writeDatabase(dir, (db) => db.exec('CREATE TABLE legacy (x INTEGER)'));
    const report = checkWorkspace(dir);
    expect(report.ok).toBe(true);
    expect(report.checks[1]!.detail).toBe(`schema 0; Parallax upgrades it to ${SCHEMA_VERSION} when it next opens it`);
    const reopened = new Database(join(dir, 'workspace.sqlite'), { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(0);
    reopened.close();
  });

  it('reports rows whose foreign keys point nowhere', () => {
    const dir = tempDir();
    writeDatabase(dir, (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
               CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));
               INSERT INTO child VALUES (7);`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
    expect(failures(dir)).toEqual([['foreign_keys', '1 broken reference(s): child row 1 -> missing parent']]);
  });

  it('reports a damaged database without throwing', () => {
    const dir = tempDir();
    const file = writeDatabase(dir, (db) => {
      db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
      db.prepare('INSERT INTO t VALUES (?)').run('some text');
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096 + 8, 4096 * 3); // garbage over the table and index pages, header kept
    writeFileSync(file, bytes);
    const report = checkWorkspace(dir);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'integrity')).toMatchObject({ ok: false, detail: expect.stringMatching(/damaged|malformed/) });
  });
});
