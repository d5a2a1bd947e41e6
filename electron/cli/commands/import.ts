import { readFileSync, statSync } from 'node:fs';
import type { ImportFileResult } from '../../../shared/domain/importing.js';
import { describeBytes, IMPORT_EXTENSIONS, MAX_IMPORT_FILE_BYTES } from '../../../shared/import/fileKinds.js';
import type { Backend } from '../../backend/app.js';
import { sizeRefusal } from '../../../shared/import/fileKinds.js';
import { invoke, JSON_OPTION, withBackend, writeJson, type CommandContext, type Command } from '../command.js';
import { findImportTargets, type ImportTarget } from '../importTargets.js';
import { formatTable } from '../table.js';

/** The exit code of a run stopped by Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

const refusedResult = (file: string, refused: Pick<ImportFileResult, 'status' | 'reason'>): ImportFileResult => ({
  file,
  ...refused,
  items: [],
});

/** Reads one file and sends it through the dispatcher, exactly as the app imports it. */
async function importTarget(backend: Backend, target: ImportTarget): Promise<ImportFileResult> {
  if ('refused' in target) return refusedResult(target.file, target.refused);
  let data: string;
  try {
    const tooLarge = sizeRefusal(statSync(target.file).size);
    if (tooLarge) return refusedResult(target.file, { status: 'failed', reason: tooLarge });
    data = readFileSync(target.file).toString('base64');
  } catch (error) {
    return refusedResult(target.file, { status: 'failed', reason: `cannot read it: ${(error as Error).message}` });
  }
  const result = await invoke(backend, 'import.file', { name: target.name, data });
  if (!result.ok) return refusedResult(target.file, { status: 'failed', reason: result.error.message });
  return { ...result.value, file: target.file };
}

export interface ImportLoopOptions {
  /** When aborted, the file being imported is finished and no further file is started. */
  signal: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** Imports the targets one by one, each in its own transaction: one bad file undoes nothing else. */
export async function importTargets(
  backend: Backend,
  targets: readonly ImportTarget[],
  { signal, onProgress }: ImportLoopOptions,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  for (const [index, target] of targets.entries()) {
    if (signal.aborted) break;
    onProgress?.(index + 1, targets.length, target.file);
    results.push(await importTarget(backend, target));
  }
  return results;
}

function detail(result: ImportFileResult): string {
  if (result.reason !== undefined) return result.reason;
  const [only, ...more] = result.items;
  if (only && more.length === 0) {
    if (only.status === 'duplicate') return `duplicate of “${only.title}”`;
    if (only.status === 'updated') return `“${only.title}” updated to revision ${only.revision}`;
    return `“${only.title}”`;
  }
  const count = (status: string) => result.items.filter((item) => item.status === status).length;
  const parts = (['imported', 'updated', 'duplicate'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}`);
  return `${result.items.length} articles: ${parts.join(', ')}`;
}

const STATUSES = ['imported', 'updated', 'duplicate', 'skipped', 'failed'] as const;

function summarise(results: readonly ImportFileResult[]): string {
  return `${STATUSES.map((status) => `${results.filter((r) => r.status === status).length} ${status}`).join(', ')}.\n`;
}

/** SIGINT aborts the signal for the duration of `use`; a second Ctrl+C then exits as usual. */
async function withInterrupt<T>(use: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    return await use(controller.signal);
  } finally {
    process.removeListener('SIGINT', abort);
  }
}

/** The import command's work, with the signal that stops it (tests pass their own). */
export function runImport(context: CommandContext, signal: AbortSignal): Promise<number> {
  const { io } = context;
  const showProgress = (io.stderr as { isTTY?: boolean }).isTTY === true;
  return withBackend(context, async (backend) => {
    const targets = findImportTargets(context.positionals);
    const results = await importTargets(backend, targets, {
      signal,
      onProgress: showProgress ? (done, total, file) => io.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`) : undefined,
    });
    if (showProgress) io.stderr.write('\r\x1b[K');
    const anyFailed = results.some((r) => r.status === 'failed');
    if (context.options.json) {
      writeJson(io, results);
    } else {
      if (results.length) io.stdout.write(`${formatTable(results.map((r) => [r.status, r.file, detail(r)]))}\n`);
      (anyFailed ? io.stderr : io.stdout).write(summarise(results));
    }
    if (results.length < targets.length) {
      io.stderr.write(`Interrupted: ${results.length} of ${targets.length} files done; the rest were not read.\n`);
      return INTERRUPTED_EXIT_CODE;
    }
    return anyFailed ? 1 : 0;
  });
}

export const importCommand: Command = {
  name: 'import',
  arguments: '<path…>',
  summary:
    `Import articles from files and folders (${IMPORT_EXTENSIONS.join(', ')}; up to ` +
    `${describeBytes(MAX_IMPORT_FILE_BYTES)} each). Folders are walked; hidden and unsupported files are skipped.`,
  options: JSON_OPTION,
  positionals: { min: 1, max: Infinity },
  run: (context) => withInterrupt((signal) => runImport(context, signal)),
};
