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
