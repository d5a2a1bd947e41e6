import { similarity } from './similarity.js';
import type { TextQuote } from './types.js';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A context side supports a match when it is this similar to the stored one... */
const SIDE_AGREES = 0.7;
/** ...or this similar, for quotes short enough to occur by chance. */
const SIDE_AGREES_SHORT_QUOTE = 0.85;
const SHORT_QUOTE = 16;
/** A stored side shorter than this (the quote was at the start or end of the text) is too little to go on alone. */
const MIN_SUPPORTING_SIDE = 8;
/** A quote this long is distinctive enough to be recognised by a paragraph boundary beside it. */
const MIN_DISTINCT_PARAGRAPH = 24;

/** The context windows around [start, end), never splitting a surrogate pair. */
export function contextAround(body: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  let to = Math.min(body.length, end + CONTEXT_LENGTH);
  if (from > 0 && isLowHalf(body, from)) from++;
  if (to < body.length && isLowHalf(body, to)) to--;
  return { prefix: body.slice(from, start), suffix: body.slice(end, to) };
}

function isLowHalf(body: string, i: number): boolean {
  const code = body.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

export interface ContextFit {
  /** Similarity of the stored prefix and suffix to the text now around the candidate, 0..1. */
  prefix: number;
  suffix: number;
  /** Their mean: how well the candidate's surroundings match, used to rank candidates. */
  score: number;
  /** Whether the surroundings are evidence enough that this is the highlighted passage. */
  supported: boolean;
}

const startsParagraph = (prefix: string) => prefix === '' || prefix.endsWith('\n\n');
const endsParagraph = (suffix: string) => suffix === '' || suffix.startsWith('\n\n');

export function contextFit(quote: TextQuote, body: string, start: number, end: number): ContextFit {
  const around = contextAround(body, start, end);
  // Compared over the stored sides' own lengths: a side cut short by the edge of the old text
  // still matches after text is added beyond that edge.
  const prefix = similarity(quote.prefix, body.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = similarity(quote.suffix, body.slice(end, end + quote.suffix.length));
  const threshold = quote.exact.length < SHORT_QUOTE ? SIDE_AGREES_SHORT_QUOTE : SIDE_AGREES;
  // A distinctive quote that began (or ended) a paragraph and still does has that side's support,
  // so it can follow its paragraph when the paragraph moves.
  const distinctive = quote.exact.length >= MIN_DISTINCT_PARAGRAPH;
  const prefixAgrees =
    (prefix >= threshold && quote.prefix.length >= MIN_SUPPORTING_SIDE) ||
    (distinctive && startsParagraph(quote.prefix) && startsParagraph(around.prefix));
  const suffixAgrees =
    (suffix >= threshold && quote.suffix.length >= MIN_SUPPORTING_SIDE) ||
    (distinctive && endsParagraph(quote.suffix) && endsParagraph(around.suffix));
  const supported = prefixAgrees || suffixAgrees || (prefix >= threshold && suffix >= threshold);
  return { prefix, suffix, score: (prefix + suffix) / 2, supported };
}
