import { approximateMatches } from './approximate.js';
import { contextAround, contextFit, type ContextFit } from './context.js';
import { similarity } from './similarity.js';
import { insideWord, snapToWords } from './text.js';
import type { Reanchored, TextAnchor, TextQuote } from './types.js';

/** Candidates whose context scores lie closer than this to the best one make the choice a guess. */
const AMBIGUITY_MARGIN = 0.15;
/** Approximate matching needs a quote of at least this many characters and words... */
const MIN_FUZZY_LENGTH = 16;
const MIN_FUZZY_WORDS = 3;
/** ...and a similarity to the stored quote of at least this (stricter below LONG_QUOTE characters). */
const FUZZY_SIMILARITY = 0.8;
const FUZZY_SIMILARITY_SHORT = 0.9;
const LONG_QUOTE = 40;

interface Candidate {
  start: number;
  end: number;
  fit: ContextFit;
  /** Context score, plus quote similarity for approximate matches. */
  rank: number;
}

type Choice = { found: Candidate } | { orphan: string };

/**
 * Re-anchors one highlight in a new version of its text. Cascade: (1) the stored offsets, if they
 * still hold the quote with its whole context; (2) every exact occurrence of the quote, chosen by
 * context; (3) an approximate match of the quote, accepted only with high similarity and context
 * support. A choice that context cannot settle is an orphan ("ambiguous"), never a guess.
 */
export function reanchor(anchor: TextAnchor, newBody: string): Reanchored {
  const { quote } = anchor;
  if (quote.exact === '') throw new RangeError('Cannot re-anchor a highlight whose stored quote is empty.');
  if (holdsInPlace(anchor, newBody)) {
    return { status: 'anchored', start: anchor.start, end: anchor.end, exact: quote.exact, method: 'offsets' };
  }
  const exact = chooseExact(quote, newBody);
  if ('found' in exact) return placed(anchor, newBody, exact.found, 'exact');
  if (exact.orphan === 'ambiguous') return { status: 'orphaned', reason: 'ambiguous' };
  const fuzzy = chooseFuzzy(quote, newBody);
  if ('found' in fuzzy) return placed(anchor, newBody, fuzzy.found, 'fuzzy');
  return { status: 'orphaned', reason: fuzzy.orphan === 'not found' ? exact.orphan : fuzzy.orphan };
}

/** Re-anchors many highlights of one text; each costs little unless its passage changed. */
export function reanchorAll(anchors: readonly TextAnchor[], newBody: string): Reanchored[] {
  return anchors.map((anchor) => reanchor(anchor, newBody));
}

function holdsInPlace({ start, end, quote }: TextAnchor, body: string): boolean {
  return body.slice(start, end) === quote.exact && hasWholeContext(quote, body, start, end);
}

/** Whether the text around [start, end) is exactly the stored context. */
function hasWholeContext(quote: TextQuote, body: string, start: number, end: number): boolean {
  const around = contextAround(body, start, end);
  return around.prefix === quote.prefix && around.suffix === quote.suffix;
}

function placed(anchor: TextAnchor, body: string, found: Candidate, method: 'exact' | 'fuzzy'): Reanchored {
  const exact = body.slice(found.start, found.end);
  if (found.start === anchor.start && found.end === anchor.end && exact === anchor.quote.exact) {
    return { status: 'anchored', start: found.start, end: found.end, exact, method: 'offsets' };
  }
  return { status: 'moved', start: found.start, end: found.end, exact, method };
}

function chooseExact(quote: TextQuote, body: string): Choice {
  const starts: number[] = [];
  for (let at = body.indexOf(quote.exact); at !== -1; at = body.indexOf(quote.exact, at + 1)) starts.push(at);
  if (starts.length === 0) return { orphan: 'not found' };
  const length = quote.exact.length;
  // An occurrence with its whole stored context around it is decisive, unless there are several.
  const intact = starts.filter((at) => hasWholeContext(quote, body, at, at + length));
  if (intact.length > 1) return { orphan: 'ambiguous' };
  const candidates = (intact.length === 1 ? intact : starts).map((at) => {
    const fit = contextFit(quote, body, at, at + length);
    return { start: at, end: at + length, fit, rank: fit.score };
  });
  return choose(candidates, 'context does not match');
}

function chooseFuzzy(quote: TextQuote, body: string): Choice {
  const { exact } = quote;
  if (exact.length < MIN_FUZZY_LENGTH || exact.trim().split(/\s+/).length < MIN_FUZZY_WORDS) {
    return { orphan: 'not found' };
  }
  const threshold = exact.length >= LONG_QUOTE ? FUZZY_SIMILARITY : FUZZY_SIMILARITY_SHORT;
  const maxEdits = Math.floor(exact.length * (1 - threshold)) + 1;
  const edges = quoteEdges(quote);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const match of approximateMatches(exact, body, maxEdits)) {
    const [start, end] = snapToWords(body, ...alignToContext(quote, body, match.start, match.end, maxEdits), edges);
    const key = `${start}:${end}`;
    if (seen.has(key) || start >= end) continue;
    seen.add(key);
    const quoteSimilarity = similarity(exact, body.slice(start, end));
    if (quoteSimilarity < threshold) continue;
    const fit = contextFit(quote, body, start, end);
    candidates.push({ start, end, fit, rank: fit.score + quoteSimilarity });
  }
  if (candidates.length === 0) return { orphan: 'not found' };
  return choose(candidates, 'only a weak match remains');
}

/** The best candidate if its context supports it and no other comes close; else why not. */
function choose(candidates: Candidate[], unsupported: string): Choice {
  const ranked = [...candidates].sort((a, b) => b.rank - a.rank || a.start - b.start);
  const best = ranked[0];
  if (!best) return { orphan: 'not found' };
  if (!best.fit.supported) return { orphan: unsupported };
  const rival = ranked.find(
    (other) => other !== best && other.rank >= best.rank - AMBIGUITY_MARGIN && (other.end <= best.start || other.start >= best.end),
  );
  return rival ? { orphan: 'ambiguous' } : { found: best };
}

/** Probe of stored context used to place a fuzzy match's edges (shorter probes match by chance). */
const EDGE_PROBE = 12;
const MIN_EDGE_PROBE = 6;

/**
 * An approximate alignment may start or end a few characters off (it can trade an inserted word
 * for substitutions). Where the stored context is found intact within `slack` of an edge, the
 * edge goes where that context ends or begins.
 */
function alignToContext(quote: TextQuote, body: string, start: number, end: number, slack: number): [number, number] {
  const head = quote.prefix.slice(-EDGE_PROBE);
  const tail = quote.suffix.slice(0, EDGE_PROBE);
  const nearest = (probe: string, from: number, to: number, target: number, shift: number): number => {
    let best = target;
    let bestDistance = Number.POSITIVE_INFINITY;
    if (probe.length < MIN_EDGE_PROBE) return best;
    for (let at = body.indexOf(probe, Math.max(0, from)); at !== -1 && at <= to; at = body.indexOf(probe, at + 1)) {
      const edge = at + shift;
      if (Math.abs(edge - target) < bestDistance) [best, bestDistance] = [edge, Math.abs(edge - target)];
    }
    return best;
  };
  const s = nearest(head, start - slack - head.length, start + slack - head.length, start, head.length);
  const e = nearest(tail, end - slack, end + slack, end, 0);
  return s < e ? [s, e] : [start, end];
}

/** Which edges of the stored quote sat on word boundaries, and whether it had edge whitespace. */
function quoteEdges({ prefix, exact, suffix }: TextQuote) {
  const joined = prefix + exact + suffix;
  return {
    start: !insideWord(joined, prefix.length),
    end: !insideWord(joined, prefix.length + exact.length),
    trimStart: !/^\s/.test(exact),
    trimEnd: !/\s$/.test(exact),
  };
}
