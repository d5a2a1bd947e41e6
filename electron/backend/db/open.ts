import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { WorkspaceError } from '../errors.js';
import { migrate } from './migrate.js';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** Path to the Electron-ABI build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string;
  readonly?: boolean;
}

function assertLooksLikeSqlite(file: string): void {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) {
      throw new WorkspaceError(
        'not_sqlite',
        `${file} is not a Parallax workspace: it is not an SQLite database. It was left untouched.`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (creating if needed) a workspace database: WAL, foreign keys, a busy timeout, and the
 * schema migrated to this app's version. Throws WorkspaceError naming what is wrong.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  assertLooksLikeSqlite(file);
  let db: Database.Database;
  try {
    db = new Database(file, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
    });
  } catch (error) {
    throw new WorkspaceError('unwritable', `Cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof WorkspaceError) throw error;
    const message = (error as Error).message;
    if (/not a database|malformed|corrupt/i.test(message)) {
      throw new WorkspaceError('damaged', `${file} is damaged (${message}). It was left untouched.`);
    }
    throw error;
  }
}
