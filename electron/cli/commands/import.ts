import { readFileSync, statSync } from 'node:fs';
import { MAX_IMPORT_BATCH_FILES, type ImportFileInput, type ImportFileResult } from '../../../shared/domain/importing.js';
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

/** A file read and waiting for its batch; `index` is its place among the targets. */
interface ReadFile {
  index: number;
  file: string;
  input: ImportFileInput;
  bytes: number;
}

/**
 * A batch closes before it holds more than this many bytes of files (a larger file goes alone):
 * it bounds the memory a batch takes and how long Ctrl+C waits for the batch to finish.
 */
const BATCH_BYTES = 2 * 1024 * 1024;

/** Reads one target: its bytes for the backend, or its result when it is refused unread. */
function readTarget(target: ImportTarget, index: number): ReadFile | ImportFileResult {
  if ('refused' in target) return refusedResult(target.file, target.refused);
  try {
    const bytes = statSync(target.file).size;
    const tooLarge = sizeRefusal(bytes);
    if (tooLarge) return refusedResult(target.file, { status: 'failed', reason: tooLarge });
    return { index, file: target.file, input: { name: target.name, data: readFileSync(target.file).toString('base64') }, bytes };
  } catch (error) {
    return refusedResult(target.file, { status: 'failed', reason: `cannot read it: ${(error as Error).message}` });
  }
}

/** One file in its own transaction through `import.file`, exactly as the app imports a dropped file. */
async function importAlone(backend: Backend, read: ReadFile): Promise<ImportFileResult> {
  const result = await invoke(backend, 'import.file', read.input);
  if (!result.ok) return refusedResult(read.file, { status: 'failed', reason: result.error.message });
  return { ...result.value, file: read.file };
}

/**
 * Imports a batch through `import.files`: one transaction, each file in its own savepoint, and
 * the results only once the batch is committed. A batch the backend refuses as a whole (an
 * unexpected error in one file rolls back all of it) is imported again file by file, so the
 * good files are stored and the bad one reports its own reason.
 */
async function importBatch(backend: Backend, batch: readonly ReadFile[]): Promise<ImportFileResult[]> {
  const answer = await invoke(backend, 'import.files', { files: batch.map((read) => read.input) });
  if (answer.ok) return answer.value.map((result, index) => ({ ...result, file: batch[index]!.file }));
  const results: ImportFileResult[] = [];
  for (const read of batch) results.push(await importAlone(backend, read));
  return results;
}

export interface ImportLoopOptions {
  /** When aborted, no further file is read; the files already read are imported. */
  signal: AbortSignal;
  /** Called as each file is read. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Imports the targets in order, in batches of files committed together (one transaction per file
 * is most of what importing a short text costs). Each file is in its own savepoint: a bad file
 * undoes nothing else. A file counts as imported only once its batch is committed; a crash loses
 * at most the batch being written, and reports nothing of it.
 */
export async function importTargets(
  backend: Backend,
  targets: readonly ImportTarget[],
  { signal, onProgress }: ImportLoopOptions,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  let batch: ReadFile[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length) (await importBatch(backend, batch)).forEach((result, at) => (results[batch[at]!.index] = result));
    batch = [];
    batchBytes = 0;
  };
  for (const [index, target] of targets.entries()) {
    if (signal.aborted) break;
    onProgress?.(index + 1, targets.length, target.file);
    const read = readTarget(target, index);
    if (!('input' in read)) {
      results[index] = read;
      continue;
    }
    if (batch.length === MAX_IMPORT_BATCH_FILES || batchBytes + read.bytes > BATCH_BYTES) await flush();
    batch.push(read);
    batchBytes += read.bytes;
  }
  await flush();
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
