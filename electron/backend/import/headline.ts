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

interface Line {
  /** The line, trimmed. */
  text: string;
  start: number;
  /** Where the line after it starts. */
  next: number;
}

/** The line starting at `start`; `\r\n`, `\r` and `\n` end a line. */
function lineFrom(text: string, start: number): Line {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  return { text: text.slice(start, end).trim(), start, next };
}

/** The first non-empty line at or after `start`, or undefined. Reads only as far as that line. */
function firstLineFrom(text: string, start: number): Line | undefined {
  for (let at = start; at <= text.length; ) {
    const line = lineFrom(text, at);
    if (line.text) return line;
    at = line.next;
  }
  return undefined;
}

/**
 * Splits off the first non-empty line as the title when it looks like a headline; otherwise the
 * whole text is the body and the title is left to the caller. The body then starts at the next
 * non-empty line, its line endings made `\n`.
 */
export function splitHeadline(text: string): { title?: string; body: string } {
  const first = firstLineFrom(text, 0);
  const second = first && firstLineFrom(text, first.next);
  if (first && looksLikeHeadline(first.text, second?.text)) {
    const body = text.slice(second!.start);
    return { title: first.text, body: body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body };
  }
  return { body: text };
}
