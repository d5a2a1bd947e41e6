import { describe, expect, it } from 'vitest';
import { MAX_PERIODS, nextPeriod, periodEnd, periodLabel, spanOf, timelinePeriods } from '../../../../renderer/features/compare/timelinePeriods';

describe('timeline periods', () => {
  it('fills the months between the first and last with statements, counts in side order', () => {
    const periods = timelinePeriods(
      [
        { period: '2025-04-01', side_id: 'afghanistan', count: 2 },
        { period: '2025-01-01', side_id: 'pakistan', count: 3 },
        { period: '2025-04-01', side_id: 'pakistan', count: 1 },
        { period: '2025-02-01', side_id: 'other', count: 9 },
      ],
      ['pakistan', 'afghanistan'],
      'month',
    );
    expect(periods).toEqual([
      { start: '2025-01-01', counts: [3, 0] },
      { start: '2025-02-01', counts: [0, 0] },
      { start: '2025-03-01', counts: [0, 0] },
      { start: '2025-04-01', counts: [1, 2] },
    ]);
  });

  it('steps weeks from Monday to Monday, across a year end', () => {
    expect(nextPeriod('2024-12-30', 'week')).toBe('2025-01-06');
    const periods = timelinePeriods(
      [
        { period: '2024-12-23', side_id: 'pakistan', count: 1 },
        { period: '2025-01-06', side_id: 'pakistan', count: 1 },
      ],
      ['pakistan', 'afghanistan'],
      'week',
    );
    expect(periods.map((p) => p.start)).toEqual(['2024-12-23', '2024-12-30', '2025-01-06']);
  });

  it('gives a span from the first day of one period to the last day of another, in either order', () => {
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2025-04-14', 'week')).toBe('2025-04-20');
    expect(spanOf('2025-04-01', '2025-02-01', 'month')).toEqual({ from: '2025-02-01', to: '2025-04-30' });
  });

  it('keeps only the latest periods when there are very many', () => {
    const periods = timelinePeriods(
      [
        { period: '2000-01-01', side_id: 'pakistan', count: 1 },
        { period: '2025-01-01', side_id: 'pakistan', count: 1 },
      ],
      ['pakistan'],
      'month',
    );
    expect(periods).toHaveLength(MAX_PERIODS);
    expect(periods.at(-1)!.start).toBe('2025-01-01');
  });

  it('names months and weeks', () => {
    expect(periodLabel('2025-04-01', 'month')).toBe('Apr 2025');
    expect(periodLabel('2025-04-14', 'week')).toBe('week of 14 Apr 2025');
  });
});
