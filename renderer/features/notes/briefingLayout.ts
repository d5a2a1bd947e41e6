import { buildDocument } from '../../../shared/briefing/buildDocument';
import { parseTokenLine } from '../../../shared/briefing/citationTokens';
import type { Block, Source } from '../../../shared/briefing/document';
import type { BriefingNote, Citation } from '../../../shared/domain/briefing';

type QuoteCitation = Extract<Citation, { kind: 'quote' }>;
type CompareCitation = Extract<Citation, { kind: 'compare' }>;

/** The body as the preview shows it: Markdown runs between citation blocks. */
export type PreviewPart =
  | { type: 'markdown'; text: string }
  | { type: 'quote'; citation: QuoteCitation; source: number }
  | { type: 'compare'; citation: CompareCitation; sources: number[][] }
  /** A token whose citation the note does not hold (an undone citation, or one typed by hand). */
  | { type: 'missing'; token: string };

export interface PreviewLayout {
  parts: PreviewPart[];
  sources: Source[];
}

type CitedBlock = Extract<Block, { type: 'quote' | 'comparison' }>;

/**
 * Lays a note out for the preview. Numbers and sources come from the exports' own document
 * builder, so the preview numbers exactly as the files will; the Markdown between citations
 * stays Markdown for the app's sanitised renderer.
 */
export function layOutBriefing(note: BriefingNote, citations: readonly Citation[]): PreviewLayout {
  const document = buildDocument({ note, citations });
  // The builder emits one quote or comparison block per token line it knows, in body order.
  const cited = document.blocks.filter((b): b is CitedBlock => b.type === 'quote' || b.type === 'comparison');
  const byId = new Map(citations.map((c) => [c.id, c]));
  const parts: PreviewPart[] = [];
  let markdown: string[] = [];
  const flush = () => {
    if (markdown.join('').trim()) parts.push({ type: 'markdown', text: markdown.join('\n') });
    markdown = [];
  };
  for (const line of note.body.split(/\r?\n/)) {
    const token = parseTokenLine(line);
    if (!token) {
      markdown.push(line);
      continue;
    }
    flush();
    const citation = byId.get(token.id);
    const block = citation ? cited.shift() : undefined;
    if (citation?.kind === 'quote' && block?.type === 'quote') parts.push({ type: 'quote', citation, source: block.source });
    else if (citation?.kind === 'compare' && block?.type === 'comparison') parts.push({ type: 'compare', citation, sources: block.sources });
    else parts.push({ type: 'missing', token: line.trim() });
  }
  flush();
  return { parts, sources: document.sources };
}
