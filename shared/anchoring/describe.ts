import { contextAround } from './context.js';
import { splitsSurrogatePair } from './text.js';
import type { TextAnchor } from './types.js';

/** The anchor for a selection [start, end) of `body`: its offsets, exact text and context. */
export function describeSelection(body: string, start: number, end: number): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Selection offsets must be whole numbers, got ${start} and ${end}.`);
  }
  if (start < 0 || end > body.length) {
    throw new RangeError(`Selection ${start}–${end} lies outside the text (length ${body.length}).`);
  }
  if (start >= end) throw new RangeError(`Selection ${start}–${end} is empty.`);
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
    throw new RangeError(`Selection ${start}–${end} cuts a character in half (a surrogate pair).`);
  }
  const exact = body.slice(start, end);
  if (exact.trim() === '') throw new RangeError(`Selection ${start}–${end} holds only whitespace.`);
  return { start, end, quote: { exact, ...contextAround(body, start, end) } };
}
