import type { BackupInfo } from '../../shared/domain/exchange.js';
import type { ErrorCode } from '../../shared/result.js';

/** An expected failure with a stable code; the dispatcher turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Why a workspace file could not be opened. */
export type WorkspaceProblem = 'not_sqlite' | 'newer_schema' | 'damaged' | 'unwritable';

export class WorkspaceError extends Error {
  constructor(
    readonly problem: WorkspaceProblem,
    message: string,
    /** For a damaged or foreign file: the backups that pass every check, newest first, to offer. */
    readonly backups: readonly BackupInfo[] = [],
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

/** Ways the disk can refuse a write, each with its own remedy. */
export type StorageFailure = 'disk_full' | 'unwritable' | 'io_error';

/** SQLite result codes (better-sqlite3's `code`, extended codes included) and Node errno codes. */
export function storageFailure(error: unknown): StorageFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  if (/^SQLITE_(READONLY|CANTOPEN)/.test(code) || ['EROFS', 'EACCES', 'EPERM'].includes(code)) return 'unwritable';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io_error';
  return undefined;
}

/**
 * A write the disk refused, as an AppError an analyst can act on, or undefined when `error` is
 * something else. `what` names the place written (“the workspace (/path)”, or a file's path);
 * `outcome` says what became of the work (“nothing was saved”).
 */
export function storageError(error: unknown, what: string, outcome: string): AppError | undefined {
  const failure = storageFailure(error);
  const code = (error as { code?: string } | null)?.code;
  switch (failure) {
    case 'disk_full':
      return new AppError('disk_full', `The disk holding ${what} is full: ${outcome}. Free some space and try again.`);
    case 'unwritable':
      return new AppError(
        'unwritable',
        `${what[0]?.toUpperCase()}${what.slice(1)} cannot be written (it or its folder is read-only, or belongs to another user): ${outcome}. Make it writable, or use another folder.`,
      );
    case 'io_error':
      return new AppError(
        'io_error',
        `The disk holding ${what} failed to read or write (${code}): ${outcome}. Check that the disk is still connected and sound, then try again.`,
      );
    default:
      return undefined;
  }
}

/** A refused write while working on the workspace `file`; a Node error names its own path. */
export function workspaceStorageError(error: unknown, file: string): AppError | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return storageError(error, typeof path === 'string' ? path : `the workspace (${file})`, 'nothing was saved');
}
