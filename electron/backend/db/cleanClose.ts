import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';

/**
 * The record of a clean close: a small file beside the workspace saying what the workspace
 * file looked like when the app last closed it with nothing left in its WAL. While the file
 * still looks exactly so, nothing has written to it since, and the open can skip SQLite's
 * quick_check (which reads the whole file: seconds on a large workspace). The record is
 * removed at every writable open, so a session that ends in a crash leaves none and the next
 * open checks in full.
 */
interface CleanCloseRecord {
  size: number;
  /** The modification time stamped at close, as the file system stored it. */
  mtimeNs: string;
  ino: number;
  /** SHA-256 of the 100-byte SQLite header (page count, change counter, schema cookie…). */
  header: string;
}

export const cleanCloseRecordPath = (file: string) => `${file}-closed`;

function headerHash(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return createHash('sha256').update(header.subarray(0, read)).digest('hex');
  } finally {
    closeSync(fd);
  }
}

function fingerprint(file: string): CleanCloseRecord {
  const stat = statSync(file, { bigint: true });
  return { size: Number(stat.size), mtimeNs: String(stat.mtimeNs), ino: Number(stat.ino), header: headerHash(file) };
}

/**
 * A clean close's modification time: two whole seconds back from now, on an even second (FAT
 * keeps 2-second times). Any later write sets the time to "now", which cannot equal it, however
 * coarse the file system's clock: a write in the same tick as the close still shows.
 */
function closeStamp(now: number): Date {
  return new Date(Math.floor(now / 2000) * 2000 - 2000);
}

/**
 * Records that `file` was just closed cleanly. Only when no WAL is left beside it: a WAL still
 * there means another connection holds the workspace open and may write to it yet. Best
 * effort: without a record the next open simply checks in full.
 */
export function recordCleanClose(file: string): void {
  if (file === ':memory:' || !existsSync(file) || existsSync(`${file}-wal`)) return;
  try {
    const stamp = closeStamp(Date.now());
    utimesSync(file, stamp, stamp);
    writeFileSync(cleanCloseRecordPath(file), JSON.stringify(fingerprint(file)));
  } catch {
    rmSync(cleanCloseRecordPath(file), { force: true });
  }
}

function readRecord(file: string): CleanCloseRecord | undefined {
  try {
    return JSON.parse(readFileSync(cleanCloseRecordPath(file), 'utf8')) as CleanCloseRecord;
  } catch {
    return undefined;
  }
}

/**
 * Whether `file` is exactly as the app left it at its last clean close (same size, stamped
 * time, inode and header; no WAL, which may come from another file), and removes the record:
 * call it only right before opening the file for writing.
 */
export function takeCleanClose(file: string): boolean {
  const record = readRecord(file);
  try {
    rmSync(cleanCloseRecordPath(file), { force: true });
  } catch {
    // A record that cannot be removed would outlive a crash: not trusted.
    return false;
  }
  if (!record || !existsSync(file)) return false;
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return false;
  const now = fingerprint(file);
  return (
    now.size === record.size && now.mtimeNs === record.mtimeNs && now.ino === record.ino && now.header === record.header
  );
}
