import type { Block, BriefingDocument, Inline } from '../../../shared/briefing/document.js';
import {
  attribution,
  byline,
  comparisonRows,
  flagLabel,
  isWebUrl,
  marker,
  sourceText,
  type ComparisonBlock,
  type QuoteBlock,
} from './documentText.js';

/**
 * Backslash-escapes what Markdown would read as markup (a `#` only where it starts a line). `!` too:
 * before a cited link it would turn the link into an image, fetched when the file is rendered. `&`
 * too, so a quotation that says `&lt;` reads `&lt;`, not `<`.
 */
const escape = (text: string) => text.replace(/[\\`*_[\]<>|~!&]/g, (c) => `\\${c}`).replace(/^#/gm, '\\#');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const link = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
export { escape as escapeMarkdown };

function inline(runs: Inline[]): string {
  return runs
    .map((run) => {
      if (run.source !== undefined) return marker(run.source);
      let text = escape(run.text);
      if (!text.trim()) return text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      return isWebUrl(run.href) ? `[${text}](${link(run.href)})` : text;
    })
    .join('');
}

function flag(status: QuoteBlock['status']): string {
  const label = flagLabel(status);
  return label ? ` **(${label})**` : '';
}

function quote(block: QuoteBlock): string[] {
  const { quote: q } = block;
  // One Markdown paragraph per line of the quotation; the quotation marks wrap the whole of it.
  const paragraphs = q.quote.split(/\n+/).map(escape);
  paragraphs[0] = `“${paragraphs[0]}`;
  paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]}”`;
  const credit = [escape(attribution(q)), isWebUrl(q.url) ? link(q.url) : null].filter(Boolean).join(', ');
  return [...paragraphs.flatMap((p) => [`> ${p}`, '>']), `> — ${credit} ${marker(block.source)}${flag(block.status)}`, ''];
}

/** A table cell: one line (escape() has already escaped its pipes). */
const cell = oneLine;

function comparison(block: ComparisonBlock): string[] {
  const { comparison: c } = block;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const statements = comparisonRows(block).map((cells) =>
    row(
      cells.map((entry) =>
        entry ? cell(`“${escape(entry.statement.quote)}” — ${escape(attribution(entry.statement))} ${marker(entry.source)}`) : '',
      ),
    ),
  );
  return [
    `**${escape(c.topic)}: ${c.sides.map((side) => escape(side.name)).join(' and ')} compared**${flag(block.status)}`,
    '',
    row(c.sides.map((side) => cell(escape(side.name)))),
    row(c.sides.map(() => '---')),
    ...(c.sides.some((side) => side.summary) ? [row(c.sides.map((side) => (side.summary ? `*${cell(escape(side.summary))}*` : '')))] : []),
    ...statements,
    '',
  ];
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      // The title is the only level-1 heading; the note's own headings sit one level below it.
      return [`${'#'.repeat(b.level + 1)} ${oneLine(inline(b.text))}`, ''];
    case 'paragraph':
      return [inline(b.text), ''];
    case 'list':
      return [...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${oneLine(inline(item))}`), ''];
    case 'quote':
      return quote(b);
    case 'comparison':
      return comparison(b);
  }
}

/** The note as Markdown: headings, `>` quotations with attribution and [n], comparison tables, sources. */
export function writeMarkdown(document: BriefingDocument): string {
  const caveat = document.caveat ? [`**${escape(document.caveat)}**`, ''] : [];
  const meta = byline(document);
  const sources = document.sources.length
    ? [
        '## Sources',
        '',
        ...document.sources.map((s) => `${s.number}. ${escape(sourceText(s))}${isWebUrl(s.url) ? ` ${link(s.url)}` : ''}`),
        '',
      ]
    : [];
  return [
    ...caveat,
    `# ${escape(oneLine(document.title))}`,
    '',
    ...(meta ? [escape(meta), ''] : []),
    ...document.blocks.flatMap(block),
    ...sources,
    ...caveat,
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
