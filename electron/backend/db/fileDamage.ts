import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** What is wrong with a database file, found without writing to it; undefined when nothing is. */
export type FileDamage = { problem: 'not_sqlite' | 'damaged'; detail: string } | undefined;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    return header;
  } finally {
    closeSync(fd);
  }
}

/**
 * The file is shorter than its own header says: pages were cut off. The header's page count
 * is only trusted when SQLite marked it valid (offset 92 equals the change counter at 24), and
 * only without a WAL: a checkpoint cut short by a crash can leave the new header written before
 * the pages that grow the file, which the WAL still holds and the next open completes.
 */
function truncation(file: string, header: Buffer): string | undefined {
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return undefined;
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  if (header.readUInt32BE(92) !== header.readUInt32BE(24) || pages === 0) return undefined;
  const size = statSync(file).size;
  return size < pageSize * pages ? `it is cut short: ${size} bytes where its header says ${pageSize * pages}` : undefined;
}

/**
 * Looks for damage in an existing workspace file before anything writes to it: the SQLite
 * header, a file cut short, and SQLite's quick_check through a read-only connection (which
 * reads a leftover -wal too, so a WAL from another file shows up as damage, yet is never
 * checkpointed into the file, as closing a writable connection would). quick_check reads the
 * whole file (seconds on a large workspace), so it is skipped when `closedCleanly`: the file is
 * exactly as the app left it at a clean close (db/cleanClose.ts), so nothing damaged it since
 * that session's own quick_check. `headerOnly` stops after the header, for read-only opens
 * whose callers check the rest.
 */
export function findFileDamage(
  file: string,
  { nativeBinding, headerOnly = false, closedCleanly = false }: { nativeBinding?: string; headerOnly?: boolean; closedCleanly?: boolean } = {},
): FileDamage {
  if (file === ':memory:' || !existsSync(file) || statSync(file).size === 0) return undefined;
  const header = readHeader(file);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    return { problem: 'not_sqlite', detail: 'it is not an SQLite database' };
  }
  if (headerOnly) return undefined;
  const cut = truncation(file, header);
  if (cut) return { problem: 'damaged', detail: cut };
  if (closedCleanly) return undefined;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const lines = (db.pragma('quick_check', { simple: false }) as { quick_check: string }[])
      .map((row) => row.quick_check)
      .filter((line) => line !== 'ok');
    if (lines.length > 0) return { problem: 'damaged', detail: `quick_check found ${lines.slice(0, 3).join('; ')}` };
    return undefined;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || /malformed|not a database|corrupt/i.test(message)) {
      return { problem: 'damaged', detail: message };
    }
    // Anything else (a locked or unreadable file) is for the ordinary open to report.
    return undefined;
  } finally {
    db?.close();
  }
}
