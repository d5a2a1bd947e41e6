/** Timing and the rows of the results table. */

export interface ResultRow {
  path: string;
  size: number;
  median_ms: number;
  p95_ms: number;
  baseline_median_ms: number | null;
  ratio: number | null;
  target: string;
}

export interface Sampling {
  runs: number;
  warmup?: number;
}

/** Milliseconds of each of `runs` calls, after `warmup` unmeasured ones. */
export async function sample(fn: () => unknown, { runs, warmup = 1 }: Sampling): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** The q-quantile by nearest rank (q = 0.5: median, 0.95: p95). */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** One row: the path's times next to its baseline's, measured in the same run. */
export function resultRow(path: string, size: number, measured: readonly number[], baseline: readonly number[] | null, target: string): ResultRow {
  const median = quantile(measured, 0.5);
  const baselineMedian = baseline ? quantile(baseline, 0.5) : null;
  return {
    path,
    size,
    median_ms: round(median),
    p95_ms: round(quantile(measured, 0.95)),
    baseline_median_ms: baselineMedian === null ? null : round(baselineMedian),
    ratio: baselineMedian ? Math.round((median / baselineMedian) * 100) / 100 : null,
    target,
  };
}

/** "at most 1.3" -> 1.3; "report it" -> undefined. */
export function targetRatio(target: string): number | undefined {
  const match = /at most ([\d.]+)/.exec(target);
  return match ? Number(match[1]) : undefined;
}

/** Whether the row meets its target ratio (rows that only report always do). */
export function meetsTarget(row: ResultRow): boolean {
  const limit = targetRatio(row.target);
  return limit === undefined || row.ratio === null || row.ratio <= limit;
}

export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['path', 'size', 'median ms', 'p95 ms', 'baseline ms', 'ratio', 'target', ''];
  const lines = rows.map((row) => [
    row.path,
    row.size.toLocaleString('en'),
    row.median_ms.toFixed(2),
    row.p95_ms.toFixed(2),
    row.baseline_median_ms === null ? '–' : row.baseline_median_ms.toFixed(2),
    row.ratio === null ? '–' : row.ratio.toFixed(2),
    row.target,
    meetsTarget(row) ? '' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
