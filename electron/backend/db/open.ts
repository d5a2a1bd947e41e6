import Database from 'better-sqlite3';
import { WorkspaceError } from '../errors.js';
import { takeCleanClose } from './cleanClose.js';
import { findFileDamage } from './fileDamage.js';
import { migrate } from './migrate.js';

export interface OpenOptions {
  /** Path to the Electron-ABI build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Refuses a file that is not SQLite or is damaged, before any connection can write to it. A
 * read-only open (check, backup verification) only needs the header: it cannot harm the file,
 * and its callers run the full integrity checks themselves. A writable open takes the record
 * of the last clean close (so a crash in this session leaves none) and skips quick_check when
 * the file is still exactly as that close left it.
 */
function assertUndamaged(file: string, options: OpenOptions): void {
  const readonly = options.readonly ?? false;
  const damage = findFileDamage(file, {
    nativeBinding: options.nativeBinding,
    headerOnly: readonly,
    closedCleanly: !readonly && takeCleanClose(file),
  });
  if (!damage) return;
  const what = damage.problem === 'not_sqlite' ? 'is not a Parallax workspace' : 'is damaged';
  throw new WorkspaceError(damage.problem, `${file} ${what}: ${damage.detail}. It was left untouched.`);
}

/**
 * Opens (creating if needed) a workspace database: WAL, foreign keys, a busy timeout, and the
 * schema migrated to this app's version. Throws WorkspaceError naming what is wrong.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  assertUndamaged(file, options);
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
    // Under a write lock, so two processes opening a new workspace at once migrate it once.
    if (!options.readonly) db.transaction(() => migrate(db)).immediate();
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
