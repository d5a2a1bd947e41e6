import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/backend/db/migrate.js';
import type { Migration } from '../../../electron/backend/db/migration.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { WorkspaceError } from '../../../electron/backend/errors.js';

const toy: Migration[] = [
  { version: 10, name: 'one', up: 'CREATE TABLE one (x INTEGER) STRICT;' },
  { version: 20, name: 'two', up: 'CREATE TABLE two (y INTEGER) STRICT;' },
];

describe('migrate', () => {
  it('numbers migrations in ascending steps of 10 with kebab-case names', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe((index + 1) * 10);
      expect(migration.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length * 10);
  });

  it('applies every pending migration and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, toy)).toBe(20);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all()).toEqual(['one', 'two']);
  });

  it('skips migrations already applied', () => {
    const db = new Database(':memory:');
    migrate(db, toy.slice(0, 1));
    expect(schemaVersion(db)).toBe(10);
    expect(migrate(db, toy)).toBe(20);
  });

  it('leaves the schema at the last whole version when a migration fails', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [...toy, { version: 30, name: 'broken', up: 'CREATE TABLE three (z INTEGER) STRICT; SELECT nope();' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'three'`).pluck().get()).toBe(0);
  });

  it('refuses a database written by a newer app', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 990');
    expect(() => migrate(db, toy)).toThrow(WorkspaceError);
    expect(() => migrate(db, toy)).toThrow(/newer version of Parallax/);
    expect(schemaVersion(db)).toBe(990);
  });
});
