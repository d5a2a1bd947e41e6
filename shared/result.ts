/** Stable error codes every transport (IPC, HTTP, CLI) returns. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported_format',
  'too_large',
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
