import { useMemo } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { sideColour, sideName, sidesById } from './sideColours';

const KIND_LABEL = { direct: 'direct quotation', reported: 'reported speech' } as const;

/** On a highlight in the side panel, when it is a statement: speaker · side (in its colour) · kind, then stance and date. */
export function StatementBadge({ annotationId }: { annotationId: string }) {
  const statement = useAppStore((s) => s.statements.statements.find((st) => st.annotation_id === annotationId));
  const sides = useAppStore((s) => s.registry.sides);
  const byId = useMemo(() => sidesById(sides), [sides]);
  if (!statement) return null;
  const details = [statement.stance, statement.said_on ? `said ${statement.said_on}` : null].filter(Boolean).join(' · ');
  return (
    <p className="statement-badge" style={{ borderColor: sideColour(byId, statement.side_id) }}>
      <span className="visually-hidden">Statement: </span>
      <span className="statement-speaker">{statement.speaker}</span>
      {' · '}
      <span className="swatch" style={{ background: sideColour(byId, statement.side_id) }} aria-hidden="true" />
      {sideName(byId, statement.side_id)}
      {' · '}
      {KIND_LABEL[statement.kind]}
      {details && <span className="statement-details"> · {details}</span>}
    </p>
  );
}
