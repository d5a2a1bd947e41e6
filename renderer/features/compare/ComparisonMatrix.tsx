import { memo, useMemo } from 'react';
import type { CompareMatrix } from '../../../shared/domain/compare';
import { useAppStore } from '../../store/AppStoreProvider';
import { CompareCellView } from './CompareCellView';
import { sideLook } from './sideLook';
import { pairIndex } from './statementThreads';

/** The comparison: a row per topic, a column per compared side, statements and summaries in the cells. */
export const ComparisonMatrix = memo(function ComparisonMatrix({ matrix }: { matrix: CompareMatrix }) {
  const sideRecords = useAppStore((s) => s.registry.sides);
  const more = useAppStore((s) => s.compare.more);
  const sides = useMemo(() => matrix.sides.map((id, index) => sideLook(sideRecords, id, index)), [matrix.sides, sideRecords]);
  const pairs = useMemo(
    () => pairIndex([...matrix.rows.flatMap((row) => row.cells.map((cell) => cell.statements)), ...Object.values(more)]),
    [matrix, more],
  );
  return (
    <table className="compare-matrix" aria-label="Comparison">
      <colgroup>
        <col className="topic-column" />
        {sides.map((side) => (
          <col key={side.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className="corner">Topic</td>
          {sides.map((side) => (
            <th scope="col" key={side.id} style={{ borderTopColor: side.colour }}>
              <span className="swatch" style={{ background: side.colour }} aria-hidden="true" />
              {side.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.topic_id}>
            <th scope="row">
              <span className="row-topic">
                <span className="swatch" style={{ background: row.colour ?? 'transparent' }} aria-hidden="true" />
                {row.topic}
              </span>
            </th>
            {row.cells.map((cell, index) => (
              <td key={cell.side_id}>
                <CompareCellView row={row} cell={cell} side={sides[index] ?? sideLook(sideRecords, cell.side_id, index)} pairs={pairs} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
