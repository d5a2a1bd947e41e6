import { memo } from 'react';
import type { ComparedStatement } from '../../../shared/domain/compare';
import { useAppStore } from '../../store/AppStoreProvider';
import { formatDate } from '../../ui/format';

const short = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 60)}…` : quote);

/** Moves focus to a statement the matrix shows, preferring the copy in the same row. */
function focusStatement(from: Element, id: string) {
  // Statement ids are UUIDs: safe in a selector as they are.
  const selector = `[data-statement-id="${id}"]`;
  const target = from.closest('tr')?.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
  target?.scrollIntoView?.({ block: 'nearest' });
  target?.focus();
}

interface StatementItemProps {
  statement: ComparedStatement;
  /** The statement it responds to, when the matrix shows that one. */
  answered: ComparedStatement | undefined;
  /** The statements shown that respond to it. */
  answers: readonly ComparedStatement[];
}

/**
 * One statement: its quote (opens the article at the highlight), who said it, when and where,
 * and links to the statement it answers or the answers it drew.
 */
export const StatementItem = memo(function StatementItem({ statement: s, answered, answers }: StatementItemProps) {
  const openStatement = useAppStore((st) => st.openStatement);
  const meta = [s.role ? `${s.speaker} (${s.role})` : s.speaker, s.said_on ? formatDate(s.said_on) : 'undated', s.outlet ?? s.article_title];
  return (
    <>
      <button
        type="button"
        className="statement-quote"
        data-statement-id={s.id}
        title={`Open “${s.article_title}” at this statement`}
        onClick={() => void openStatement(s)}
      >
        <span dir="auto" lang={s.language === 'und' ? undefined : s.language}>
          “{s.quote}”
        </span>
      </button>
      <p className="statement-meta">
        {meta.map((part, i) => (
          <bdi key={i}>{part}</bdi>
        ))}
        <span className="statement-kind">{s.kind === 'direct' ? 'quoted' : 'reported'}</span>
        {s.stance && <span className={`stance stance-${s.stance}`}>{s.stance}</span>}
      </p>
      {s.responds_to && (
        <p className="statement-pair">
          {answered ? (
            <button type="button" className="link-button" onClick={(e) => focusStatement(e.currentTarget, answered.id)}>
              ↳ Responds to {answered.speaker}: “{short(answered.quote)}”
            </button>
          ) : (
            '↳ Responds to a statement not shown here'
          )}
        </p>
      )}
      {answers.map((answer) => (
        <p className="statement-pair" key={answer.id}>
          <button type="button" className="link-button" onClick={(e) => focusStatement(e.currentTarget, answer.id)}>
            ↪ Answered by {answer.speaker}: “{short(answer.quote)}”
          </button>
        </p>
      ))}
    </>
  );
});
