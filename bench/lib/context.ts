import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultRow } from './measure.js';
import type { BenchWorkspace } from './workspace.js';

/** What every group of rows gets: the workspace of one size, how hard to sample, and where to report. */
export interface BenchContext {
  workspace: BenchWorkspace;
  /** Repetitions per measurement (fewer in --quick). */
  runs: number;
  log: (line: string) => void;
  add: (row: ResultRow) => void;
}

/** A scratch folder removed after `fn`. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The value of an ok Result; throws with the backend's message otherwise (a bench must not time failures). */
export function okValue<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`The bench call failed: ${result.error.message}`);
  return result.value as T;
}
