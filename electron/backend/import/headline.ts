const MAX_TITLE_LENGTH = 150;
const LIST_ITEM = /^(?:[-*•+]|\d+[.)])\s/;

/**
 * A headline is short, does not end like a sentence or a lead-in, is not a list item, and heads
 * more text that is not a list: a line over a list ("Key points") is the list's heading.
 */
export function looksLikeHeadline(line: string, next: string | undefined): boolean {
  return (
    line.length > 0 &&
    line.length <= MAX_TITLE_LENGTH &&
    !/[.,;:]$/.test(line) &&
    !LIST_ITEM.test(line) &&
    next !== undefined &&
    !LIST_ITEM.test(next)
  );
}

/**
 * Splits off the first non-empty line as the title when it looks like a headline; otherwise the
 * whole text is the body and the title is left to the caller.
 */
export function splitHeadline(text: string): { title?: string; body: string } {
  const lines = text.split(/\r\n?|\n/);
  const [first, next] = lines
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0);
  if (first && looksLikeHeadline(first.line, next?.line)) {
    return { title: first.line, body: lines.slice(first.index + 1).join('\n') };
  }
  return { body: text };
}
