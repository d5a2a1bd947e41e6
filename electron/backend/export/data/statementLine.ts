import type { ExportStatement } from './exportData.js';

/** "Statement by Ishaq Dar (Pakistan), direct, conciliatory, said on 2025-04-17": for formats without statement fields. */
export function statementLine(s: ExportStatement): string {
  const speaker = s.side_name ? `${s.speaker} (${s.side_name})` : s.speaker;
  return [`Statement by ${speaker}`, s.kind, s.stance, s.said_on ? `said on ${s.said_on}` : null].filter(Boolean).join(', ');
}
