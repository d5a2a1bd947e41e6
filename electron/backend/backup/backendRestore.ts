import { contract } from '../../../shared/contract.js';
import type { Result } from '../../../shared/result.js';
import type { OpenOptions } from '../db/open.js';
import { AppError, storageError } from '../errors.js';
import { openWorkspace, type Workspace } from '../workspace.js';
import { backupPath } from './backupFolder.js';
import { replaceWorkspace, type RestoreResult } from './restore.js';

/**
 * Restores a backup into a running backend: closes the workspace, replaces its file, and
 * reopens it, handing the new workspace to `reopened` (which rebinds the handlers). The
 * workspace is reopened whatever happens, so a refused backup leaves the backend working on
 * the untouched workspace.
 */
export function restoreBackend(
  workspace: Workspace,
  file: string,
  now: Date | undefined,
  options: OpenOptions,
  reopened: (workspace: Workspace) => void,
): RestoreResult {
  workspace.close();
  try {
    return replaceWorkspace(workspace.dir, file, now, options);
  } finally {
    reopened(openWorkspace(workspace.dir, options));
  }
}

/**
 * The `backups.restore` channel. It cannot be an ordinary handler: the dispatcher runs each
 * handler inside a transaction on the workspace's connection, which a restore closes. So the
 * backend answers it here, with the dispatcher's input check and error shape.
 */
export async function answerRestore(
  input: unknown,
  dataDir: string,
  restore: (file: string) => RestoreResult,
  logError: (error: unknown, channel: string) => void,
): Promise<Result<RestoreResult>> {
  const parsed = contract['backups.restore'].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid_input', message: `name: ${issue?.message ?? 'invalid'}`, field: 'name' } };
  }
  try {
    return { ok: true, value: contract['backups.restore'].output.parse(restore(backupPath(dataDir, parsed.data.name))) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } };
    }
    const refused = storageError(error, `the data folder (${dataDir})`, 'the workspace was left as it was');
    if (refused) return { ok: false, error: { code: refused.code, message: refused.message } };
    logError(error, 'backups.restore');
    return { ok: false, error: { code: 'internal', message: `Parallax could not restore the backup: ${(error as Error).message}` } };
  }
}
