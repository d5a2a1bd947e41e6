import { useState } from 'react';
import { StatementItem } from './StatementItem';
import { NO_ANSWERS, type PairIndex, type ThreadedStatement } from './statementThreads';

/** Beyond this many statements a cell draws only those scrolled into view. */
export const VIRTUAL_AFTER = 30;
/** A statement's height when drawn in a scrolling cell (its quote is clamped to fit). */
export const ITEM_HEIGHT = 132;
const VISIBLE = 5;
const OVERSCAN = 3;

interface StatementListProps {
  items: readonly ThreadedStatement[];
  label: string;
  pairs: PairIndex;
}

/** A cell's statements; a long list scrolls and draws only the rows in view. */
export function StatementList({ items, label, pairs }: StatementListProps) {
  const [top, setTop] = useState(0);
  const item = ({ statement: s }: ThreadedStatement) => (
    <StatementItem
      statement={s}
      answered={s.responds_to ? pairs.byId.get(s.responds_to) : undefined}
      answers={pairs.answeredBy.get(s.id) ?? NO_ANSWERS}
    />
  );
  if (items.length <= VIRTUAL_AFTER) {
    return (
      <ol className="statement-list" aria-label={label}>
        {items.map((t) => (
          <li key={t.statement.id} className="statement" data-depth={t.depth}>
            {item(t)}
          </li>
        ))}
      </ol>
    );
  }
  const first = Math.max(0, Math.floor(top / ITEM_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil(top / ITEM_HEIGHT) + VISIBLE + OVERSCAN);
  return (
    <div className="statement-scroll" style={{ height: VISIBLE * ITEM_HEIGHT }} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <ol className="statement-list virtual" aria-label={label} style={{ height: items.length * ITEM_HEIGHT }}>
        {items.slice(first, last).map((t, k) => (
          <li
            key={t.statement.id}
            className="statement"
            data-depth={t.depth}
            aria-posinset={first + k + 1}
            aria-setsize={items.length}
            style={{ top: (first + k) * ITEM_HEIGHT, height: ITEM_HEIGHT }}
          >
            {item(t)}
          </li>
        ))}
      </ol>
    </div>
  );
}
