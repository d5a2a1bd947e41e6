import type { SnippetPart } from '../domain/search.js';

/**
 * The characters the index puts around matched words in highlights and snippets: private-use
 * code points, which no article needs (and which the index treats as word separators).
 */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

/**
 * Splits marked text into runs, matched or not. The marker characters never reach the text;
 * one that was in the stored text itself only toggles marking, never shows.
 */
export function markedTextParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    const last = parts[parts.length - 1];
    if (!text) return;
    if (last?.match === match) last.text += text;
    else parts.push({ text, match });
    text = '';
  };
  for (const char of marked) {
    if (char === MATCH_OPEN || char === MATCH_CLOSE) {
      flush();
      match = char === MATCH_OPEN;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
