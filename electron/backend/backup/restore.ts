import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase, type OpenOptions } from '../db/open.js';
import { WORKSPACE_FILE } from '../paths.js';
import { verifyWorkspaceFile } from './backupFile.js';
import { fileTimestamp } from './backupFolder.js';

export interface RestoreResult {
  /** The backup the workspace now holds. */
  restored: string;
  /** Where the workspace it replaced was kept; '' when there was none. */
  kept_aside: string;
}

const COMPANIONS = ['', '-wal', '-shm'] as const;

/** Writes the WAL back into the workspace file, so the file moved aside is whole on its own. */
function checkpoint(file: string, options: OpenOptions): void {
  try {
    const db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A damaged workspace cannot be checkpointed: it is moved aside with its -wal and -shm.
  }
}

function moveAll(from: string, to: string): void {
  for (const suffix of COMPANIONS) if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
}

/** A free `workspace-replaced-<UTC time>.sqlite` name in `dir`. */
function asideName(dir: string, now: Date): string {
  const stem = join(dir, `workspace-replaced-${fileTimestamp(now)}`);
  let file = `${stem}.sqlite`;
  for (let n = 2; existsSync(file); n++) file = `${stem}-${n}.sqlite`;
  return file;
}

/**
 * Replaces the workspace in `dataDir` by the backup `source`. The backup is checked first
 * (an SQLite file, a Parallax schema no newer than ours, no damage) and a refused one leaves
 * the workspace untouched. Then the workspace, with its WAL checkpointed, is moved aside as
 * `workspace-replaced-<time>.sqlite` and a copy of the backup (VACUUM INTO from a read-only
 * connection, so a backup that is itself a WAL workspace is copied whole) takes its place; the
 * copy must open as a workspace (older schemas are upgraded here), else the replaced workspace
 * is put back. The workspace must not be open: close it before, reopen it after.
 */
export function replaceWorkspace(dataDir: string, source: string, now: Date = new Date(), options: OpenOptions = {}): RestoreResult {
  const restored = resolve(source);
  verifyWorkspaceFile(restored);
  const file = join(dataDir, WORKSPACE_FILE);
  const keptAside = existsSync(file) ? asideName(dataDir, now) : '';
  if (keptAside) {
    checkpoint(file, options);
    moveAll(file, keptAside);
  }
  try {
    const backup = new Database(restored, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      backup.prepare('VACUUM INTO ?').run(file);
    } finally {
      backup.close();
    }
    openDatabase(file, options).close();
  } catch (error) {
    for (const suffix of COMPANIONS) rmSync(file + suffix, { force: true });
    if (keptAside) moveAll(keptAside, file);
    throw error;
  }
  return { restored, kept_aside: keptAside };
}
