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

/** The list under a heading line at `lines[start]`, and the index of the first line after it. */
function listAfter(lines: readonly string[], start: number): { items: string[]; end: number } {
  const items: string[] = [];
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    const item = LIST_ITEM.exec(line);
    if (!item) break;
    items.push(item[1]!.replace(/\s+/g, ' '));
  }
  return { items, end: index };
}

/**
 * Takes a key-points block out of a canonical body: a heading line opening one of the first
 * paragraphs (see the limits above), then one or more list lines (blank lines between them
 * allowed), up to the first line that is not a list item. A heading followed by prose, a list
 * without such a heading, or a block further down leaves the body as it is.
 */
export function extractKeyPoints(body: string): KeyPointsSplit {
  const lines = body.split('\n');
  let offset = 0;
  let paragraph = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const opensParagraph = index === 0 || lines[index - 1]!.trim() === '';
    if (line.trim() !== '' && opensParagraph) {
      if (paragraph >= MAX_PARAGRAPHS_BEFORE || offset > MAX_CHARS_BEFORE) break;
      paragraph += 1;
      if (HEADING.test(line.trim())) {
        const { items, end } = listAfter(lines, index);
        if (items.length > 0) {
          const before = lines.slice(0, index).join('\n').trim();
          const after = lines.slice(end).join('\n').trim();
          return { keyPoints: items, body: [before, after].filter(Boolean).join('\n\n') };
        }
      }
    }
    offset += line.length + 1;
  }
  return { keyPoints: [], body };
}
