import type Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { newerSchemaMessage, schemaVersion } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { AppError, storageError, WorkspaceError } from '../errors.js';
import { checkDatabase } from '../services/healthCheck.js';

/** A table every Parallax workspace has had since its first schema. */
const PARALLAX_TABLE = 'article';

/**
 * Checks that `file` is a whole Parallax workspace this app can open: an SQLite file (by its
 * header, as db/open.ts checks), a Parallax schema no newer than ours, and no damage
 * (integrity_check, foreign_key_check). Opened read-only, never migrated: the file is not
 * changed. Throws AppError('unsupported_format') naming the problem; answers the schema version.
 */
export function verifyWorkspaceFile(file: string): number {
  if (!existsSync(file)) throw new AppError('not_found', `${file} does not exist.`);
  let db: Database.Database;
  try {
    db = openDatabase(file, { readonly: true });
  } catch (error) {
    if (error instanceof WorkspaceError) throw new AppError('unsupported_format', error.message);
    throw new AppError('unsupported_format', `${file} cannot be read as a workspace: ${(error as Error).message}`);
  }
  try {
    const version = readParallaxVersion(db, file);
    const failed = checkDatabase(db).find((check) => !check.ok);
    if (failed) throw new AppError('unsupported_format', `${file} cannot be used: ${failed.detail}.`);
    return version;
  } finally {
    db.close();
  }
}

function readParallaxVersion(db: Database.Database, file: string): number {
  const notParallax = () =>
    new AppError('unsupported_format', `${file} is an SQLite database but not a Parallax workspace.`);
  let version: number;
  let hasArticles: boolean;
  try {
    version = schemaVersion(db);
    hasArticles = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(PARALLAX_TABLE) !== undefined;
  } catch (error) {
    throw new AppError('unsupported_format', `${file} is damaged (${(error as Error).message}).`);
  }
  if (version === 0 || !hasArticles) throw notParallax();
  if (version > SCHEMA_VERSION) throw new AppError('unsupported_format', `${file}: ${newerSchemaMessage(version, SCHEMA_VERSION)}`);
  return version;
}

/**
 * Writes a consistent copy of the open database to `target` (replacing it) with VACUUM INTO:
 * SQLite reads one snapshot inside a read transaction, so writers on other connections (WAL)
 * neither block it nor tear it, unlike copying the live file. VACUUM cannot run inside a
 * transaction, so callers run this outside the dispatcher's (a staged handler's `prepare`).
 * The copy is written beside the target, checked (opens, integrity, schema version) and only
 * then renamed into place, so a failed backup never leaves a file under the final name.
 * `now` dates the file (its modification time), so listings follow an injected clock.
 */
export function writeBackup(db: Database.Database, target: string, now: Date = new Date()): number {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const version = verifyWorkspaceFile(partial);
    if (version !== schemaVersion(db)) {
      throw new AppError('internal', `The backup reads as schema ${version}, not ${schemaVersion(db)}; it was not kept.`);
    }
    utimesSync(partial, now, now);
    renameSync(partial, target);
    return version;
  } catch (error) {
    throw storageError(error, target, 'no backup was written') ?? error;
  } finally {
    rmSync(partial, { force: true });
  }
}
