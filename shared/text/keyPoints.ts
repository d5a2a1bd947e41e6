import { linesOf } from './lines.js';

/**
 * Many news sites put a short list under a "Key points" or "Highlights" heading at or near the
 * top of an article (often after the first paragraph or two). It summarises the article rather
 * than being part of its text, so it is kept apart from the body and shown as its key points.
 */
const HEADING = /^(?:#{1,6}\s+)?(?:key\s+points|key\s+highlights|highlights|key\s+takeaways)\s*:?$/i;
const LIST_ITEM = /^(?:[-•*]|\d{1,2}[.)])\s+(.*\S)\s*$/;
/** The block is looked for only near the top: a heading further down is the article's own. */
const MAX_PARAGRAPHS_BEFORE = 6;
const MAX_CHARS_BEFORE = 1500;

export interface KeyPointsSplit {
  keyPoints: string[];
  /** The body without the heading and its list (unchanged when there was none). */
  body: string;
}

/** The list on the lines from offset `from` on, and the offset of the first line after it. */
function listFrom(body: string, from: number): { items: string[]; end: number } {
  const items: string[] = [];
  for (const { start, end } of linesOf(body, from)) {
    const line = body.slice(start, end).trim();
    if (line === '') continue;
    const item = LIST_ITEM.exec(line);
    if (!item) return { items, end: start };
    items.push(item[1]!.replace(/\s+/g, ' '));
  }
  return { items, end: body.length };
}

/**
 * Takes a key-points block out of a canonical body: a heading line opening one of the first
 * paragraphs (see the limits above), then one or more list lines (blank lines between them
 * allowed), up to the first line that is not a list item. A heading followed by prose, a list
 * without such a heading, or a block further down leaves the body as it is. Only the lines
 * up to the block, or up to the limits, are read.
 */
export function extractKeyPoints(body: string): KeyPointsSplit {
  let paragraph = 0;
  let afterBlank = true;
  for (const { start, end } of linesOf(body)) {
    const line = body.slice(start, end).trim();
    if (line !== '' && afterBlank) {
      if (paragraph >= MAX_PARAGRAPHS_BEFORE || start > MAX_CHARS_BEFORE) break;
      paragraph += 1;
      if (HEADING.test(line)) {
        const list = listFrom(body, end + 1);
        if (list.items.length > 0) {
          const before = body.slice(0, start).trim();
          const after = body.slice(list.end).trim();
          return { keyPoints: list.items, body: [before, after].filter(Boolean).join('\n\n') };
        }
      }
    }
    afterBlank = line === '';
  }
  return { keyPoints: [], body };
}
