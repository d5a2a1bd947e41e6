import { useEffect } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { cleanFilters } from '../../store/compareSlice';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ComparedSidesPicker } from '../statements/ComparedSidesPicker';
import { CompareFilterBar } from './CompareFilterBar';
import { ComparisonMatrix } from './ComparisonMatrix';
import { statementCount } from './statementCount';
import { TimelineChart } from './TimelineChart';
import './compare.css';

/** What the analyst sees before any statement is recorded: how statements come to be. */
function NoStatementsYet() {
  return (
    <div className="compare-empty">
      <h2>No statements recorded yet</h2>
      <p>The comparison lists what each side has said, by topic. Statements are recorded in the Reader:</p>
      <ul>
        <li>Highlight a quotation, then mark it as a statement with its speaker (press S in the highlight toolbar).</li>
        <li>Or accept the statements Parallax suggests: they are underlined in the article; Enter accepts one, Delete rejects it.</li>
      </ul>
      <p>Tag each statement with a codebook topic to place it in that topic’s row.</p>
    </div>
  );
}

/** What each side has said, topic by topic, over time; each statement opens its article. */
export function CompareRoom() {
  // Each value on its own: the room draws again only when one of these changes, not on every change to the comparison's state.
  const matrix = useAppStore((s) => s.compare.matrix);
  const loading = useAppStore((s) => s.compare.loading);
  const error = useAppStore((s) => s.compare.error);
  const narrowed = useAppStore((s) => Object.keys(cleanFilters(s.compare.filters)).length > 0 || s.compare.span !== null);
  const load = useAppStore((s) => s.loadCompare);
  const reload = useAppStore((s) => s.reloadCompare);
  const goTo = useAppStore((s) => s.goTo);
  // Entering the room has already started the load (compareSlice); this joins it, or loads a room shown without being entered.
  useEffect(() => {
    void load();
  }, [load]);
  const total = matrix?.total ?? 0;
  return (
    <section className="room compare" aria-labelledby="compare-heading">
      <div className="compare-head">
        <h1 id="compare-heading">Compare</h1>
        <ComparedSidesPicker onChange={() => void reload()} />
        <p className="compare-total" aria-live="polite">
          {matrix && `${statementCount(total)}${narrowed ? ' match' : ''}`}
          {loading && <span className="compare-loading"> Loading…</span>}
        </p>
      </div>
      {error && <ErrorAlert message={error} onRetry={() => void load()} />}
      {matrix && total === 0 && !narrowed ? (
        <>
          <NoStatementsYet />
          <button type="button" className="button" onClick={() => goTo('library')}>
            Go to the Library
          </button>
        </>
      ) : (
        <>
          <CompareFilterBar />
          <TimelineChart />
          {matrix && total === 0 && <p className="compare-no-match">No statements match these filters.</p>}
          {matrix && matrix.rows.length > 0 && <ComparisonMatrix matrix={matrix} />}
        </>
      )}
    </section>
  );
}
