// Character-level helpers on UTF-16 strings: surrogate pairs and word boundaries.

const WORD_CHAR = /[\p{L}\p{M}\p{N}\p{Pc}\u200c\u200d]/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
}

/** Whether the code point starting or ending at UTF-16 index `i` is part of a word. */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.codePointAt(splitsSurrogatePair(text, i) ? i - 1 : i) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** True when offset `i` lies inside a word (word characters on both sides). */
export function insideWord(text: string, i: number): boolean {
  return isWordAt(text, i - 1) && isWordAt(text, i);
}

/**
 * Widens [start, end) to whole words where it cuts one, and trims whitespace the quote does not
 * have at its edges; never leaves a surrogate pair split.
 */
export function snapToWords(text: string, start: number, end: number, edges: { start: boolean; end: boolean; trimStart: boolean; trimEnd: boolean }): [number, number] {
  let s = start;
  let e = end;
  if (edges.start) while (s > 0 && insideWord(text, s)) s--;
  if (edges.end) while (e < text.length && insideWord(text, e)) e++;
  if (edges.trimStart) while (s < e && /\s/.test(text[s] ?? '')) s++;
  if (edges.trimEnd) while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (splitsSurrogatePair(text, s)) s--;
  if (splitsSurrogatePair(text, e)) e++;
  return [s, e];
}
