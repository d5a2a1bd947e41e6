import type Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/exchange.js';
import { AppError } from '../errors.js';
import { writeBackup } from './backupFile.js';

export const BACKUPS_FOLDER = 'backups';
/** How many automatic (daily) backups are kept; manual ones are never removed automatically. */
export const AUTOMATIC_BACKUPS_KEPT = 7;

const AUTOMATIC = /^auto-\d{4}-\d{2}-\d{2}\.sqlite$/;
const MANUAL = /^backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d+)?\.sqlite$/;
/** Where SQLite keeps user_version in a database file's header (4 bytes, big-endian). */
const USER_VERSION_OFFSET = 60;

export const backupsFolder = (dataDir: string) => join(dataDir, BACKUPS_FOLDER);

/** `2025-04-17T09-05-03`: a UTC time that is safe in a file name on every system. */
export function fileTimestamp(now: Date): string {
  return now.toISOString().slice(0, 19).replaceAll(':', '-');
}

const automaticName = (now: Date) => `auto-${now.toISOString().slice(0, 10)}.sqlite`;

/** The schema version recorded in a database file's header, without opening it. */
function headerSchemaVersion(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(4);
    return readSync(fd, bytes, 0, 4, USER_VERSION_OFFSET) === 4 ? bytes.readUInt32BE(0) : 0;
  } finally {
    closeSync(fd);
  }
}

function infoOf(folder: string, name: string): BackupInfo {
  const file = join(folder, name);
  const stat = statSync(file);
  return {
    name,
    created_at: stat.mtime.toISOString(),
    bytes: stat.size,
    schema_version: headerSchemaVersion(file),
    automatic: AUTOMATIC.test(name),
  };
}

/** The backups in the workspace's backups folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const folder = backupsFolder(dataDir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => AUTOMATIC.test(name) || MANUAL.test(name))
    .map((name) => infoOf(folder, name))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.name.localeCompare(a.name));
}

/** The path of a listed backup; any other name (a path, a file that is not a backup) is not found. */
export function backupPath(dataDir: string, name: string): string {
  const file = join(backupsFolder(dataDir), name);
  if (!(AUTOMATIC.test(name) || MANUAL.test(name)) || !existsSync(file)) {
    throw new AppError('not_found', `There is no backup called “${name}” in ${backupsFolder(dataDir)}.`, 'name');
  }
  return file;
}

/** A manual backup `backup-<UTC time>.sqlite` (with `-2`, `-3`… when one was made the same second). */
export function createManualBackup(db: Database.Database, dataDir: string, now: Date = new Date()): BackupInfo {
  const folder = backupsFolder(dataDir);
  mkdirSync(folder, { recursive: true });
  const stem = `backup-${fileTimestamp(now)}`;
  let name = `${stem}.sqlite`;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${stem}-${n}.sqlite`;
  writeBackup(db, join(folder, name), now);
  return infoOf(folder, name);
}

/**
 * Whether the daily automatic backup is due: a workspace with articles (one without has nothing
 * worth keeping) and no `auto-<UTC day>.sqlite` for today yet. Cheap, unlike the backup itself.
 */
export function dailyBackupDue(db: Database.Database, dataDir: string, now: Date = new Date()): boolean {
  const empty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM article)').pluck().get() === 1;
  return !empty && !existsSync(join(backupsFolder(dataDir), automaticName(now)));
}

/**
 * The daily automatic backup: `auto-<UTC day>.sqlite` when due (above), then only the newest
 * AUTOMATIC_BACKUPS_KEPT automatic ones are kept. Answers the new backup, or undefined when
 * none was due. The backend takes it when it closes (app.ts), off the way of the opening.
 */
export function keepDailyBackup(db: Database.Database, dataDir: string, now: Date = new Date()): BackupInfo | undefined {
  if (!dailyBackupDue(db, dataDir, now)) return undefined;
  const folder = backupsFolder(dataDir);
  const name = automaticName(now);
  mkdirSync(folder, { recursive: true });
  writeBackup(db, join(folder, name), now);
  // Day names sort as dates.
  const automatic = readdirSync(folder).filter((file) => AUTOMATIC.test(file)).sort();
  for (const old of automatic.slice(0, -AUTOMATIC_BACKUPS_KEPT)) rmSync(join(folder, old), { force: true });
  return infoOf(folder, name);
}
