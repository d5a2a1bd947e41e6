/** One line of a text: its characters between `start` and `end` (the line feed after it, or the text's end). */
export interface TextLine {
  start: number;
  end: number;
}

/**
 * The lines of `text` in order, as `text.split('\n')` has them, found as they are asked for:
 * a caller that reads only the first few lines does not split a long text.
 */
export function* linesOf(text: string, from = 0): Generator<TextLine> {
  for (let start = from; start <= text.length; ) {
    const feed = text.indexOf('\n', start);
    const end = feed === -1 ? text.length : feed;
    yield { start, end };
    start = end + 1;
  }
}
