/** Stable error codes every transport (IPC, HTTP, CLI) returns. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported_format',
  'too_large',
  /** The disk holding the workspace (or the file being written) has no space left. */
  'disk_full',
  /** The workspace or the file being written is read-only, or another user's. */
  'unwritable',
  /** The disk failed to read or write (SQLite's SQLITE_IOERR, the system's EIO). */
  'io_error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, when one is to blame. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
