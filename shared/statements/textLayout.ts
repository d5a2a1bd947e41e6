import { ARABIC_SCRIPT_LETTER, foldChar } from './names.js';

/** A stretch of the body, by UTF-16 offsets (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** Paragraphs of a canonical body ("\n\n" between them), by offsets. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const text of body.split('\n\n')) {
    spans.push({ start, end: start + text.length });
    start += text.length + 2;
  }
  return spans;
}

/**
 * The body folded letter by letter for cue matching (lower case, Arabic-script variants merged),
 * keeping every offset: the folded text is exactly as long as the body.
 */
export function foldForMatching(body: string): string {
  let out = '';
  for (const ch of body) out += foldChar(ch);
  return out;
}

// An article's dateline: "ISLAMABAD: ", "JALALABAD (Pajhwok): ", "کابل: ".
const DATELINE = /^([\p{Lu}][\p{Lu} .-]{1,30}|\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2})(\s*\([^)\n]{1,40}\))?:\s+/u;

/** Where the first paragraph's text starts once a dateline is skipped. */
export function datelineEnd(body: string): number {
  return DATELINE.exec(body)?.[0].length ?? 0;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'brig', 'capt', 'prof', 'sen', 'st', 'no', 'jr', 'sr', 'retd', 'vs', 'govt', 'dept', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
const SENTENCE_END = /[.!?۔؟…]/;
const CLOSERS = /[)\]"'”’»›]/;

function opensSentence(ch: string | undefined): boolean {
  return ch === undefined || /[\p{Lu}\p{N}"“‘'«‹(]/u.test(ch) || ARABIC_SCRIPT_LETTER.test(ch);
}

/** Sentences of one paragraph (`“… level. Our patience …,” he said.` is one sentence). */
export function sentenceSpans(body: string, paragraph: Span, insideQuote: (offset: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = body[i]!;
    // A full stop inside a quotation only ends the sentence where the quotation ends too.
    if (!SENTENCE_END.test(ch) || (insideQuote(i) && insideQuote(i + 1))) continue;
    if (ch === '.' && isAbbreviation(body, i)) continue;
    let end = i + 1;
    while (end < paragraph.end && CLOSERS.test(body[end]!)) end++;
    if (end < paragraph.end && !/\s/.test(body[end]!)) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(body[next]!)) next++;
    if (next < paragraph.end && !opensSentence(body[next])) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) spans.push({ start, end: paragraph.end });
  return spans;
}

function isAbbreviation(body: string, dot: number): boolean {
  const word = /[\p{L}]+$/u.exec(body.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}
