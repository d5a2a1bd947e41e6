import type { ImportFileResult } from '../../../shared/domain/importing';
import type { ImportRunOutcome } from './importRun';

type Status = ImportFileResult['status'];

const COUNTED: { status: Status; one: string; many: string }[] = [
  { status: 'imported', one: 'imported', many: 'imported' },
  { status: 'duplicate', one: 'duplicate', many: 'duplicates' },
  { status: 'updated', one: 'updated', many: 'updated' },
  { status: 'failed', one: 'failed', many: 'failed' },
  { status: 'skipped', one: 'skipped', many: 'skipped' },
];

/** "12 imported, 2 duplicates, 1 updated, 1 failed, 3 skipped", leaving out what did not happen. */
export function countLine(results: readonly ImportFileResult[]): string {
  const parts = COUNTED.flatMap(({ status, one, many }) => {
    const count = results.filter((result) => result.status === status).length;
    return count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];
  });
  return parts.length > 0 ? parts.join(', ') : 'No files to import';
}

/** The sentence that closes a run: how it ended, then the counts. */
export function outcomeLine({ results, cancelled, completed, total }: ImportRunOutcome): string {
  const counts = countLine(results);
  return cancelled ? `Cancelled after ${completed} of ${total} files. ${counts}.` : `Import finished: ${counts}.`;
}

// What the analyst must act on comes first; files that were never candidates come last.
const ORDER: Record<Status, number> = { failed: 0, imported: 1, updated: 1, duplicate: 1, skipped: 2 };

/** The results to list: failures first, skipped last, the rest in the order they were imported. */
export function listedResults(results: readonly ImportFileResult[]): ImportFileResult[] {
  return [...results].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
