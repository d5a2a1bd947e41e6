import { formatDay } from '../../../shared/briefing/buildDocument.js';
import type { Block, BriefingDocument, Inline, Source } from '../../../shared/briefing/document.js';

/**
 * The wording every writer shares, so DOCX, HTML, PDF and Markdown say exactly the same thing:
 * attribution lines, flags on citations edited or deleted since they were cited, source lines.
 */

export type QuoteBlock = Extract<Block, { type: 'quote' }>;
export type ComparisonBlock = Extract<Block, { type: 'comparison' }>;
export type CitedStatement = ComparisonBlock['comparison']['sides'][number]['statements'][number];
type Status = QuoteBlock['status'];
type Snapshot = QuoteBlock['quote'];

/** Only web addresses become links; anything else (javascript:, file:) is never written as one. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/\S+$/i.test(url);
}

/** "Changed since cited" / "Deleted since cited" for a flagged citation, null for a current one. */
export function flagLabel(status: Status): string | null {
  if (status === 'changed') return 'Changed since cited';
  if (status === 'deleted') return 'Deleted since cited';
  return null;
}

/**
 * Who said it and where: "Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn".
 * A cited highlight has no speaker: its article's title stands in.
 */
export function attribution(quote: Snapshot): string {
  const who = quote.speaker ?? `“${quote.article_title}”`;
  const role = quote.role ? `, ${quote.role}` : '';
  const side = quote.side ? ` (${quote.side})` : '';
  return [`${who}${role}${side}`, quote.said_on ? formatDay(quote.said_on) : null, quote.outlet].filter(Boolean).join(', ');
}

export const marker = (source: number) => `[${source}]`;

/** "Ishaq Dar, … 17 April 2025. “Talks in Kabul”. Dawn." — the link is written by each format. */
export function sourceText(source: Source): string {
  const who = source.speaker ?? (source.said_on ? formatDay(source.said_on) : null);
  return [who, `“${source.article_title}”`, source.outlet].filter(Boolean).join('. ') + '.';
}

/** The header line: "17 April 2025 · Author". */
export function byline(document: BriefingDocument): string {
  return [document.date, document.author].filter(Boolean).join(' · ');
}

export const plainText = (runs: Inline[]) => runs.map((run) => run.text).join('');

/** Every quotation the document prints, in quote blocks and comparisons. */
export function citedQuotes(document: BriefingDocument): Snapshot[] {
  return document.blocks.flatMap((b) =>
    b.type === 'quote' ? [b.quote] : b.type === 'comparison' ? b.comparison.sides.flatMap((side) => side.statements) : [],
  );
}

/** Whether any text the document prints is in Arabic script (then the Noto fonts are needed). */
export function hasArabicScript(document: BriefingDocument): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(JSON.stringify(document));
}

export interface ComparisonCell {
  statement: CitedStatement;
  source: number;
}

/** The rows of a comparison table: row i holds each side's i-th statement, null where a side has fewer. */
export function comparisonRows(block: ComparisonBlock): (ComparisonCell | null)[][] {
  const { sides } = block.comparison;
  const depth = Math.max(0, ...sides.map((side) => side.statements.length));
  return Array.from({ length: depth }, (_, i) =>
    sides.map((side, s) => {
      const statement = side.statements[i];
      return statement ? { statement, source: block.sources[s]?.[i] ?? 0 } : null;
    }),
  );
}
