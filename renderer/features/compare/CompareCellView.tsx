import { memo, useMemo } from 'react';
import type { CompareMatrix } from '../../../shared/domain/compare';
import { useAppStore } from '../../store/AppStoreProvider';
import { cellKey } from '../../store/compareSlice';
import type { SideLook } from './sideLook';
import { formatCount, statementCount } from './statementCount';
import { StatementList } from './StatementList';
import { statementThreads, type PairIndex } from './statementThreads';
import { SummaryField } from './SummaryField';

type Row = CompareMatrix['rows'][number];
type Cell = Row['cells'][number];

interface CompareCellViewProps {
  row: Row;
  cell: Cell;
  side: SideLook;
  pairs: PairIndex;
}

/** One side on one topic: how many statements, the newest of them (more on demand), and the summary. */
export const CompareCellView = memo(function CompareCellView({ row, cell, side, pairs }: CompareCellViewProps) {
  const more = useAppStore((s) => s.compare.more[cellKey(row.topic_id, cell.side_id)]);
  const showMore = useAppStore((s) => s.showMoreStatements);
  const shown = useMemo(() => (more ? [...cell.statements, ...more] : cell.statements), [cell.statements, more]);
  const threads = useMemo(() => statementThreads(shown), [shown]);
  const subject = `${side.name}’s position on ${row.topic}`;
  const left = cell.count - shown.length;
  return (
    <div className="compare-cell">
      <p className="cell-count">{statementCount(cell.count)}</p>
      {threads.length > 0 && <StatementList items={threads} label={`${side.name} on ${row.topic}`} pairs={pairs} />}
      {left > 0 && (
        <button type="button" className="button show-more" onClick={() => void showMore(row.topic_id, cell.side_id)}>
          Show more <span className="count">({formatCount(left)} not shown)</span>
        </button>
      )}
      <SummaryField topicId={row.topic_id} sideId={cell.side_id} summary={cell.summary} subject={subject} />
    </div>
  );
});
