import type { DateSpan, TimelineBucket, TimelinePoint } from '../../store/compareSlice';

/** One period of the timeline with each side's count, in the order of `sides`. */
export interface TimelinePeriod {
  /** The first day of the period (a Monday for weeks), YYYY-MM-DD. */
  start: string;
  counts: number[];
}

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, bucket: TimelineBucket): string {
  const date = toDate(start);
  if (bucket === 'week') return toDay(new Date(date.getTime() + 7 * DAY_MS));
  return toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/** The last day of the period starting on `start`. */
export function periodEnd(start: string, bucket: TimelineBucket): string {
  return toDay(new Date(toDate(nextPeriod(start, bucket)).getTime() - DAY_MS));
}

/** The dates from the first day of period `a` to the last day of period `b` (either order). */
export function spanOf(a: string, b: string, bucket: TimelineBucket): DateSpan {
  const [first, last] = a <= b ? [a, b] : [b, a];
  return { from: first, to: periodEnd(last, bucket) };
}

/** Most periods drawn: ten years of months, or about four years of weeks. */
export const MAX_PERIODS = 200;

/**
 * Every period from the first with statements to the last (empty ones included, so the axis
 * keeps time's proportions), with each side's count. Only the latest MAX_PERIODS are kept.
 */
export function timelinePeriods(points: readonly TimelinePoint[], sides: readonly string[], bucket: TimelineBucket): TimelinePeriod[] {
  if (points.length === 0) return [];
  const counts = new Map<string, number[]>();
  for (const point of points) {
    const side = sides.indexOf(point.side_id);
    if (side < 0) continue;
    const row = counts.get(point.period) ?? sides.map(() => 0);
    row[side]! += point.count;
    counts.set(point.period, row);
  }
  const starts = [...counts.keys()].sort();
  if (starts.length === 0) return [];
  const periods: TimelinePeriod[] = [];
  for (let start = starts[0]!; start <= starts.at(-1)!; start = nextPeriod(start, bucket)) {
    periods.push({ start, counts: counts.get(start) ?? sides.map(() => 0) });
  }
  return periods.slice(-MAX_PERIODS);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Apr 2025" for a month, "week of 14 Apr 2025" for a week. */
export function periodLabel(start: string, bucket: TimelineBucket): string {
  return bucket === 'month' ? monthFormat.format(toDate(start)) : `week of ${dayFormat.format(toDate(start))}`;
}
