import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/domain/exchange.js';
import { verifyWorkspaceFile } from './backup/backupFile.js';
import { backupPath, listBackups } from './backup/backupFolder.js';
import { recordCleanClose } from './db/cleanClose.js';
import { openDatabase, type OpenOptions } from './db/open.js';
import { storageFailure, WorkspaceError } from './errors.js';
import { WORKSPACE_FILE } from './paths.js';

export interface Workspace {
  dir: string;
  file: string;
  db: Database.Database;
  close(): void;
}

/** The backups in `dir` that pass every check (see backup/backupFile.ts), newest first. */
export function goodBackups(dir: string): BackupInfo[] {
  return listBackups(dir).filter((backup) => {
    try {
      verifyWorkspaceFile(backupPath(dir, backup.name));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * A damaged or foreign workspace file is never written to; the error offers the newest good
 * backup (automatic ones first, the daily safety net), which `parallax restore` puts in place
 * while keeping the damaged file aside.
 */
function offerBackups(error: WorkspaceError, dir: string): WorkspaceError {
  const backups = goodBackups(dir).sort((a, b) => Number(b.automatic) - Number(a.automatic));
  const newest = backups[0];
  if (!newest) return error;
  const offer = `The newest good ${newest.automatic ? 'automatic ' : ''}backup is ${backupPath(dir, newest.name)} (${newest.created_at}); \`parallax restore <that file>\` puts it in place and keeps the damaged file aside.`;
  return new WorkspaceError(error.problem, `${error.message} ${offer}`, backups);
}

const ELSEWHERE = 'or point Parallax at another folder (--data-dir or PARALLAX_DATA_DIR)';

/**
 * Opening failed because the disk refused to write (a read-only folder or file, another user's,
 * a full disk): say so naming the folder or file, instead of SQLite's or the system's words.
 * `existed` tells whether a workspace file was there before this open.
 */
function refusedWrite(error: unknown, dir: string, file: string, existed: boolean): WorkspaceError | undefined {
  const failure = error instanceof WorkspaceError ? (error.problem === 'unwritable' ? 'unwritable' : undefined) : storageFailure(error);
  if (failure === 'disk_full') {
    return new WorkspaceError('unwritable', `The disk holding ${dir} is full, so the workspace cannot be opened. Free some space and try again.`);
  }
  if (failure === 'io_error') {
    return new WorkspaceError('unwritable', `The disk holding ${file} failed to read or write (${(error as Error).message}). Check that the disk is still connected and sound, then try again.`);
  }
  if (failure !== 'unwritable') return undefined;
  if (existed) {
    return new WorkspaceError(
      'unwritable',
      `The workspace ${file} cannot be written: the file or its folder is read-only, or belongs to another user. It was left untouched. Make both writable, ${ELSEWHERE}.`,
    );
  }
  const what = existsSync(dir)
    ? 'cannot be written (it is read-only, or belongs to another user), so Parallax cannot create its workspace there'
    : 'cannot be created (a folder above it is read-only, or belongs to another user)';
  return new WorkspaceError('unwritable', `The data folder ${dir} ${what}. Make it writable, ${ELSEWHERE}.`);
}

/** Opens the workspace in `dir`, creating the folder and an empty database when missing. */
export function openWorkspace(dir: string, options: OpenOptions = {}): Workspace {
  const file = join(dir, WORKSPACE_FILE);
  const existed = existsSync(file);
  let db: Database.Database;
  try {
    mkdirSync(dir, { recursive: true });
    db = openDatabase(file, options);
  } catch (error) {
    if (error instanceof WorkspaceError && (error.problem === 'damaged' || error.problem === 'not_sqlite')) {
      throw offerBackups(error, dir);
    }
    throw refusedWrite(error, dir, file, existed) ?? error;
  }
  return {
    dir,
    file,
    db,
    close: () => {
      if (!db.open) return;
      db.close();
      recordCleanClose(file);
    },
  };
}
