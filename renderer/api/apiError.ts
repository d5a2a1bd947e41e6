import type { ApiError as ApiErrorShape, ErrorCode } from '../../shared/result';

/** What `invoke` throws when the backend answers `{ ok: false }`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** Dotted path of the input field to blame, when there is one. */
  readonly field: string | undefined;

  constructor({ code, message, field }: ApiErrorShape) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}
