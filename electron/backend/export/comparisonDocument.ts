import { randomUUID } from 'node:crypto';
import { buildDocument } from '../../../shared/briefing/buildDocument.js';
import { citationToken } from '../../../shared/briefing/citationTokens.js';
import type { BriefingDocument } from '../../../shared/briefing/document.js';
import type { Citation, ComparisonSnapshot } from '../../../shared/domain/briefing.js';
import type { ComparedStatement, CompareMatrix } from '../../../shared/domain/compare.js';
import { directionOf } from '../../../shared/text/language.js';

export interface SideInfo {
  name: string;
  colour: string;
}

function snapshot(statement: ComparedStatement, side: string | null): ComparisonSnapshot['sides'][number]['statements'][number] {
  const { id, quote, speaker, role, side_id, said_on, outlet, article_title, url, language } = statement;
  return { statement_id: id, quote, speaker, role, side_id, side, said_on, outlet, article_title, url, language, direction: directionOf(language) };
}

/**
 * `parallax compare` as a document: one comparison block per topic, laid out by the same builder
 * as a briefing note citing each topic (so a statement listed under two topics keeps one source
 * number, and every format reads like an exported note).
 */
export function comparisonDocument(matrix: CompareMatrix, sides: ReadonlyMap<string, SideInfo>, today: string): BriefingDocument {
  const noteId = randomUUID();
  const citations: Citation[] = matrix.rows.map((row) => ({
    id: randomUUID(),
    note_id: noteId,
    kind: 'compare',
    target: { type: 'topic', id: row.topic_id },
    status: 'current',
    created_at: today,
    snapshot: {
      topic_id: row.topic_id,
      topic: row.topic,
      sides: row.cells.map((cell) => {
        const side = sides.get(cell.side_id);
        return {
          side_id: cell.side_id,
          name: side?.name ?? cell.side_id,
          colour: side?.colour ?? '#777777',
          summary: cell.summary,
          statements: cell.statements.map((statement) => snapshot(statement, statement.side_id ? (sides.get(statement.side_id)?.name ?? null) : null)),
        };
      }),
    },
  }));
  const names = matrix.sides.map((id) => sides.get(id)?.name ?? id);
  const body = citations.length ? citations.map((c) => citationToken('compare', c.id)).join('\n\n') : 'No statements match.';
  return buildDocument({
    note: { id: noteId, title: `${names.join(' and ')} compared`, body, author: '', caveat: '', note_date: today, created_at: today, updated_at: today },
    citations,
  });
}
