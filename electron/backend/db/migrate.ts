import type Database from 'better-sqlite3';
import { WorkspaceError } from '../errors.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function newerSchemaMessage(version: number, latest: number): string {
  return `This workspace was written by a newer version of Parallax (schema ${version}; this app knows up to ${latest}). Update Parallax to open it.`;
}

/**
 * Brings the database up to the newest migration. Each migration and its `user_version` bump
 * commit together, so a crash leaves the schema at a whole version. A database written by a
 * newer Parallax is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new WorkspaceError('newer_schema', newerSchemaMessage(current, latest));
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
