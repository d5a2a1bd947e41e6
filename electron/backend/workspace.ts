import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/domain/exchange.js';
import { verifyWorkspaceFile } from './backup/backupFile.js';
import { backupPath, listBackups } from './backup/backupFolder.js';
import { openDatabase, type OpenOptions } from './db/open.js';
import { WorkspaceError } from './errors.js';
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

/** Opens the workspace in `dir`, creating the folder and an empty database when missing. */
export function openWorkspace(dir: string, options: OpenOptions = {}): Workspace {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, WORKSPACE_FILE);
  let db: Database.Database;
  try {
    db = openDatabase(file, options);
  } catch (error) {
    if (error instanceof WorkspaceError && (error.problem === 'damaged' || error.problem === 'not_sqlite')) {
      throw offerBackups(error, dir);
    }
    throw error;
  }
  return {
    dir,
    file,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
