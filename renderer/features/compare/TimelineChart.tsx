import { memo, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../../ui/format';
import { useAppStore } from '../../store/AppStoreProvider';
import type { TimelineBucket } from '../../store/compareSlice';
import { useComparedSides } from './useComparedSides';
import { periodEnd, periodLabel, spanOf, timelinePeriods, type TimelinePeriod } from './timelinePeriods';

const HEIGHT = 120;
const AXIS = 18;
const LEFT = 28;

/** Pixels per period: up to 72 when there are few, never narrower than 8. */
const slotWidth = (n: number) => Math.max(8, Math.min(72, Math.floor(880 / Math.max(n, 1))));

/** Index range [low, high] of two ends in either order. */
const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

/** One side's bars as a single path: a rectangle per period with statements. */
function barsPath(periods: readonly TimelinePeriod[], side: number, max: number, slot: number, bar: number): string {
  let d = '';
  periods.forEach((period, index) => {
    const count = period.counts[side] ?? 0;
    if (count === 0) return;
    const h = +((count / max) * (HEIGHT - 14)).toFixed(2);
    const x = +(LEFT + index * slot + 2 + side * bar).toFixed(2);
    const w = +(bar - 1).toFixed(2);
    d += `M${x} ${HEIGHT - h}h${w}v${h}h${-w}z`;
  });
  return d;
}

/**
 * Statements per side per week or month, as grouped bars coloured by side. Choosing a span of
 * periods (drag or click; arrows move, Shift+arrows extend, Enter applies) narrows the matrix.
 */
export const TimelineChart = memo(function TimelineChart() {
  const points = useAppStore((s) => s.compare.timeline);
  const error = useAppStore((s) => s.compare.timelineError);
  const bucket = useAppStore((s) => s.compare.bucket);
  const span = useAppStore((s) => s.compare.span);
  const setBucket = useAppStore((s) => s.setTimelineBucket);
  const setSpan = useAppStore((s) => s.setTimelineSpan);
  const sides = useComparedSides();
  const id = useId();
  const periods = useMemo(() => timelinePeriods(points ?? [], sides.map((s) => s.id), bucket), [points, sides, bucket]);
  const [focus, setFocus] = useState(0);
  /** Where a keyboard or mouse selection began; null when none is under way. */
  const [anchor, setAnchor] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    setFocus((f) => Math.min(f, Math.max(periods.length - 1, 0)));
    setAnchor(null);
  }, [periods]);

  const apply = (a: number, b: number) => {
    const [low, high] = ordered(a, b);
    setAnchor(null);
    void setSpan(spanOf(periods[low]!.start, periods[high]!.start, bucket));
  };

  const inSpan = (period: TimelinePeriod) => span !== null && period.start <= span.to && periodEnd(period.start, bucket) >= span.from;
  const pending = anchor !== null ? ordered(anchor, focus) : null;
  const selected = (index: number) => (pending ? index >= pending[0] && index <= pending[1] : inSpan(periods[index]!));

  const onKeyDown = (event: KeyboardEvent) => {
    const last = periods.length - 1;
    const moves: Record<string, number> = { ArrowRight: focus + 1, ArrowLeft: focus - 1, Home: 0, End: last };
    if (event.key in moves) {
      const next = Math.max(0, Math.min(last, moves[event.key]!));
      if (event.shiftKey) setAnchor(anchor ?? focus);
      else setAnchor(null);
      setFocus(next);
    } else if (event.key === 'Enter' || event.key === ' ') apply(anchor ?? focus, focus);
    else if (event.key === 'Escape' && anchor !== null) setAnchor(null);
    else return;
    event.preventDefault();
  };

  const max = Math.max(1, ...periods.flatMap((p) => p.counts));
  const slot = slotWidth(periods.length);
  const bar = Math.max(2, (slot - 4) / Math.max(sides.length, 1));
  const width = LEFT + slot * periods.length + 4;
  const labelEvery = Math.ceil(56 / slot);
  const optionId = (index: number) => `${id}-period-${index}`;
  const describe = (period: TimelinePeriod) =>
    `${periodLabel(period.start, bucket)}: ${sides.map((side, i) => `${side.name} ${period.counts[i]}`).join(', ')}`;

  return (
    <section className="compare-timeline" aria-labelledby={`${id}-heading`}>
      <div className="timeline-head">
        <h2 id={`${id}-heading`}>Timeline</h2>
        <ul className="timeline-legend" aria-label="Sides">
          {sides.map((side) => (
            <li key={side.id}>
              <span className="swatch" style={{ background: side.colour }} aria-hidden="true" />
              {side.name}
            </li>
          ))}
        </ul>
        <fieldset className="bucket-toggle">
          <legend>Statements per</legend>
          {(['week', 'month'] as TimelineBucket[]).map((b) => (
            <label key={b}>
              <input type="radio" name={`${id}-bucket`} value={b} checked={bucket === b} onChange={() => void setBucket(b)} />
              {b === 'week' ? 'Week' : 'Month'}
            </label>
          ))}
        </fieldset>
        {span && (
          <p className="timeline-span">
            Showing {formatDate(span.from)} – {formatDate(span.to)}{' '}
            <button type="button" className="button" onClick={() => void setSpan(null)}>
              Clear span
            </button>
          </p>
        )}
      </div>
      {error && <p className="compare-error">The timeline could not be loaded: {error}</p>}
      {periods.length === 0 ? (
        points && <p className="timeline-empty">No dated statements to chart.</p>
      ) : (
        <>
          <p id={`${id}-help`} className="timeline-help">
            Drag across periods or click one to show only those dates. Keyboard: arrows move, Shift+arrows extend, Enter applies.
          </p>
          <div className="timeline-scroll">
            <svg
              width={width}
              height={HEIGHT + AXIS}
              role="listbox"
              aria-label="Timeline periods"
              aria-multiselectable="true"
              aria-describedby={`${id}-help`}
              aria-activedescendant={optionId(focus)}
              tabIndex={0}
              onKeyDown={onKeyDown}
              onMouseUp={() => {
                if (dragging && anchor !== null) apply(anchor, focus);
                setDragging(false);
              }}
              onMouseLeave={() => {
                if (dragging && anchor !== null) apply(anchor, focus);
                setDragging(false);
              }}
            >
              <text x={LEFT - 4} y={10} textAnchor="end" className="axis-label" aria-hidden="true">
                {max}
              </text>
              <line x1={LEFT} x2={width} y1={HEIGHT} y2={HEIGHT} className="axis" aria-hidden="true" />
              {periods.map((period, index) => (
                <rect
                  key={period.start}
                  id={optionId(index)}
                  role="option"
                  aria-selected={selected(index)}
                  aria-label={describe(period)}
                  className={['period', selected(index) ? 'selected' : '', index === focus ? 'focused' : ''].join(' ')}
                  x={LEFT + index * slot}
                  y={0}
                  width={slot}
                  height={HEIGHT}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    setDragging(true);
                    setAnchor(index);
                    setFocus(index);
                  }}
                  onMouseEnter={() => dragging && setFocus(index)}
                />
              ))}
              {/* The bars: one path per side over the periods' hit areas (it lets the mouse through to them). */}
              {sides.map((side, i) => (
                <path key={side.id} d={barsPath(periods, i, max, slot, bar)} fill={side.colour} className="bars" aria-hidden="true" />
              ))}
              {periods.map(
                (period, index) =>
                  index % labelEvery === 0 && (
                    <text key={period.start} x={LEFT + index * slot + 1} y={HEIGHT + 13} className="axis-label" aria-hidden="true">
                      {periodLabel(period.start, bucket).replace('week of ', '')}
                    </text>
                  ),
              )}
            </svg>
          </div>
          <details className="timeline-table">
            <summary>Timeline as a table</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{bucket === 'week' ? 'Week' : 'Month'}</th>
                  {sides.map((side) => (
                    <th scope="col" key={side.id}>
                      {side.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periods
                  .filter((p) => p.counts.some(Boolean))
                  .map((period) => (
                    <tr key={period.start}>
                      <th scope="row">{periodLabel(period.start, bucket)}</th>
                      {period.counts.map((count, i) => (
                        <td key={sides[i]!.id}>{count}</td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
});
