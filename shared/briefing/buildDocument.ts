import MarkdownIt from 'markdown-it';
import type { z } from 'zod';
import type { BriefingNote, Citation, QuoteSnapshot } from '../domain/briefing.js';
import { detectLanguage, directionOf } from '../text/language.js';
import { parseTokenLine } from './citationTokens.js';
import type { Block, BriefingDocument, Inline, Source } from './document.js';

type MarkdownToken = ReturnType<MarkdownIt['parse']>[number];
type Quote = z.infer<typeof QuoteSnapshot>;

// No raw HTML, no images (a document holds no remote resources), no tables: headings,
// paragraphs with bold, italic and links, and lists. Every link parses, so that one to a
// scheme other than http(s) keeps its words and loses only its address (see `runs`).
const markdown = new MarkdownIt({ html: false, linkify: true }).disable(['image', 'table']);
markdown.validateLink = () => true;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-04-17" as "17 April 2025"; anything else as it is. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match && MONTHS[Number(match[2]) - 1];
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day;
}

const isWebAddress = (href: string | null): href is string => !!href && /^https?:\/\//i.test(href.trim());

const sameLook = (a: Inline, b: Inline) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;

/** An inline token's children as runs of text; adjacent runs that look alike are joined. */
function runs(children: readonly MarkdownToken[]): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  const push = (text: string) => {
    if (!text) return;
    const run: Inline = { text, ...(bold > 0 && { bold: true }), ...(italic > 0 && { italic: true }), ...(href && { href }) };
    const last = out[out.length - 1];
    if (last && sameLook(last, run)) last.text += text;
    else out.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
      case 'html_inline':
        push(token.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open': {
        const target = token.attrGet('href');
        href = isWebAddress(target) ? target : undefined;
        break;
      }
      case 'link_close':
        href = undefined;
        break;
    }
  }
  return out;
}

const plain = (inlines: readonly Inline[]) => inlines.map((run) => run.text).join('');

/** A paragraph laid out in the direction of its script. */
function paragraph(text: Inline[]): Block {
  return { type: 'paragraph', text, direction: directionOf(detectLanguage(plain(text))) };
}

/** Markdown as heading, paragraph and list blocks; a nested list's items join the outer list. */
function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let list: Extract<Block, { type: 'list' }> | null = null;
  let depth = 0;
  const tokens = markdown.parse(source, {});
  for (const [index, token] of tokens.entries()) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (depth++ === 0) blocks.push((list = { type: 'list', ordered: token.type === 'ordered_list_open', items: [] }));
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (--depth === 0) list = null;
        break;
      case 'list_item_open':
        list?.items.push([]);
        break;
      case 'fence':
      case 'code_block':
        blocks.push(paragraph([{ text: token.content.replace(/\n$/, '') }]));
        break;
      case 'inline': {
        const text = runs(token.children ?? []);
        const opener = tokens[index - 1];
        if (opener?.type === 'heading_open') {
          blocks.push({ type: 'heading', level: Math.min(3, Number(opener.tag.slice(1))) as 1 | 2 | 3, text });
        } else if (list) {
          const item = list.items[list.items.length - 1]!;
          if (item.length > 0) item.push({ text: '\n' });
          item.push(...text);
        } else if (text.length > 0) {
          blocks.push(paragraph(text));
        }
        break;
      }
    }
  }
  return blocks;
}

/** "Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025"; null for a highlight with no speaker. */
function speakerLine(quote: Quote): string | null {
  if (!quote.speaker) return null;
  const who = [quote.speaker, quote.role].filter(Boolean).join(', ') + (quote.side ? ` (${quote.side})` : '');
  return quote.said_on ? `${who}, ${formatDay(quote.said_on)}` : who;
}

/** Numbers sources in order of first citation; the same statement or highlight keeps its number. */
function sourceList() {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  return {
    sources,
    number(key: string, quote: Quote): number {
      let number = numbers.get(key);
      if (number === undefined) {
        number = sources.length + 1;
        numbers.set(key, number);
        sources.push({
          number, speaker: speakerLine(quote), article_title: quote.article_title, outlet: quote.outlet, said_on: quote.said_on, url: quote.url,
        });
      }
      return number;
    },
  };
}

/** Shown where a token names a citation the note no longer has (an undone citation). */
const MISSING: Block = { type: 'paragraph', text: [{ text: '[Missing citation]', italic: true }], direction: 'ltr' };

/**
 * A briefing note laid out for export: its Markdown as headings, paragraphs and lists, each
 * citation token line as the quotation or comparison it cites (as cited, with its status), and
 * the sources numbered in order of first citation.
 */
export function buildDocument({ note, citations }: { note: BriefingNote; citations: readonly Citation[] }): BriefingDocument {
  const byId = new Map(citations.map((citation) => [citation.id, citation]));
  const numbering = sourceList();
  const blocks: Block[] = [];
  let pending: string[] = [];
  const flush = () => {
    blocks.push(...markdownBlocks(pending.join('\n')));
    pending = [];
  };

  for (const line of note.body.split(/\r?\n/)) {
    const token = parseTokenLine(line);
    if (!token) {
      pending.push(line);
      continue;
    }
    flush();
    const citation = byId.get(token.id);
    if (!citation) {
      blocks.push(MISSING);
    } else if (citation.kind === 'quote') {
      const source = numbering.number(`${citation.target.type}:${citation.target.id}`, citation.snapshot);
      blocks.push({ type: 'quote', quote: citation.snapshot, source, status: citation.status });
    } else {
      const sources = citation.snapshot.sides.map((side) =>
        side.statements.map((statement) => numbering.number(`statement:${statement.statement_id}`, statement)),
      );
      blocks.push({ type: 'comparison', comparison: citation.snapshot, sources, status: citation.status });
    }
  }
  flush();

  return {
    title: note.title,
    date: formatDay(note.note_date),
    author: note.author,
    caveat: note.caveat,
    blocks,
    sources: numbering.sources,
  };
}
