import type Database from 'better-sqlite3';
import { z } from 'zod';
import { contract, isChannel, type Channel, type ChannelOutput } from '../../shared/contract.js';
import type { ApiError, Result } from '../../shared/result.js';
import { AppError, workspaceStorageError } from './errors.js';
import { isStaged, type Handlers } from './handlers.js';

export interface DispatcherOptions {
  /** Check every answer against the contract's output schema (tests turn this on). */
  validateOutput?: boolean;
  /** Where unexpected errors are reported; defaults to stderr. */
  logError?: (error: unknown, channel: string) => void;
}

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

function describeZodError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'Invalid input.';
  return { code: 'invalid_input', message, ...(field ? { field } : {}) };
}

/** Expected failures as the caller's error; undefined for a bug, which is logged as internal. */
function toApiError(error: unknown, workspaceFile: string): ApiError | undefined {
  const known = error instanceof AppError ? error : workspaceStorageError(error, workspaceFile);
  if (known) return { code: known.code, message: known.message, ...(known.field ? { field: known.field } : {}) };
  if (error instanceof z.ZodError) return describeZodError(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', message: `The change conflicts with what is stored (${(error as Error).message}).` };
  }
  return undefined;
}

/**
 * The one entry point for IPC, HTTP and the CLI: validate the input against the contract, run
 * the handler in one transaction (so a failed request writes nothing), and answer with a Result.
 * A staged handler first does its slow, read-only work (parsing a PDF, say) outside the
 * transaction; only the commit it returns runs inside one.
 */
export function createDispatcher(
  db: Database.Database,
  handlers: Handlers,
  options: DispatcherOptions = {},
): Dispatch {
  const logError =
    options.logError ?? ((error, channel) => console.error(`[parallax] ${channel} failed:`, error));
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'invalid_input', message: `Unknown channel “${channel}”.`, field: 'channel' } };
    }
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    try {
      const handler = handlers[channel] as Handlers[Channel];
      const commit = isStaged(handler)
        ? await (handler.prepare as (input: unknown) => Promise<() => ChannelOutput<Channel>>)(parsed.data)
        : () => (handler as (input: unknown) => ChannelOutput<Channel>)(parsed.data);
      // IMMEDIATE takes the write lock up front: a deferred transaction that read first and then
      // found another process (the CLI, a second window) had written since would fail at once
      // with SQLITE_BUSY instead of waiting its turn under busy_timeout.
      const value = db.transaction(commit).immediate();
      if (options.validateOutput) contract[channel].output.parse(value);
      return { ok: true, value };
    } catch (error) {
      const known = toApiError(error, db.name);
      if (known) return { ok: false, error: known };
      logError(error, channel);
      return { ok: false, error: { code: 'internal', message: `Parallax could not complete ${channel}: ${(error as Error)?.message ?? String(error)}` } };
    }
  };
}
