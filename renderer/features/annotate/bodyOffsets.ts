/**
 * Maps between DOM positions in the article body and body offsets. Every paragraph carries
 * `data-start` (its offset in the body) and holds only the paragraph's text, so the offset of a
 * point is the paragraph's start plus the length of the text before it: logical order, whatever
 * the direction the text is drawn in.
 */

export interface BodyRange {
  start: number;
  end: number;
}

const PARAGRAPH = 'p[data-start]';

function paragraphsOf(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(PARAGRAPH)];
}

const startOf = (p: HTMLElement) => Number(p.dataset.start);
const endOf = (p: HTMLElement) => startOf(p) + (p.textContent ?? '').length;

/** The body offset of a DOM point inside `body`; a point between paragraphs snaps to the next (start) or previous (end) one. */
function offsetOf(body: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (!body.contains(node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH);
  if (paragraph && body.contains(paragraph)) {
    const before = body.ownerDocument.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return startOf(paragraph) + before.toString().length;
  }
  const point = body.ownerDocument.createRange();
  point.setStart(node, offset);
  const all = paragraphsOf(body);
  const next = all.find((p) => point.comparePoint(p, 0) >= 0);
  if (edge === 'start') return next ? startOf(next) : null;
  const previous = next ? all[all.indexOf(next) - 1] : all.at(-1);
  return previous ? endOf(previous) : null;
}

/** The body range a DOM range covers, or null when it is collapsed or reaches outside the body. */
export function bodyRangeOf(range: Range, body: HTMLElement): BodyRange | null {
  if (range.collapsed) return null;
  const start = offsetOf(body, range.startContainer, range.startOffset, 'start');
  const end = offsetOf(body, range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** `range` without the white space at either end; null when nothing else is left. */
export function trimRange(text: string, range: BodyRange): BodyRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

/** The text node and offset inside it where body offset `offset` falls. */
export function domPointAt(body: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const paragraph = paragraphsOf(body).find((p) => offset >= startOf(p) && offset <= endOf(p));
  if (!paragraph) return null;
  let left = offset - startOf(paragraph);
  const walker = body.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.textContent ?? '').length;
    if (left <= length) return { node, offset: left };
    left -= length;
    last = node;
  }
  return last ? { node: last, offset: (last.textContent ?? '').length } : { node: paragraph, offset: 0 };
}

/** Makes the window's selection cover body range `range` (for keyboard selection). */
export function selectBodyRange(body: HTMLElement, range: BodyRange): void {
  const from = domPointAt(body, range.start);
  const to = domPointAt(body, range.end);
  const selection = body.ownerDocument.getSelection();
  if (!from || !to || !selection) return;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
