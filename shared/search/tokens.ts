import { SEARCH_IGNORED_PATTERN, searchableText } from '../text/searchableText.js';

/**
 * Words as the library's full-text index sees them (SQLite FTS5, `unicode61 remove_diacritics 2`),
 * so that query checks and hit marking agree with what the index matched.
 *
 * Measured on the index: letters and digits of any script form words; combining Latin accents
 * (U+0300–U+036F) belong to the word and are dropped; every other character, including Arabic
 * vowel marks and private-use characters, separates words. The characters search ignores
 * (invisible format characters, see shared/text/searchableText.ts) never reach the index, so
 * between two word characters they belong to the word and are dropped from it.
 */
const WORD_CHARS = '[\\p{L}\\p{N}\\u0300-\\u036f]+';
const WORD = new RegExp(`${WORD_CHARS}(?:${SEARCH_IGNORED_PATTERN}+${WORD_CHARS})*`, 'gu');
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

export interface WordToken {
  /** The word folded for comparison (see `foldWord`). */
  word: string;
  /** UTF-16 offsets of the word in the text it came from. */
  start: number;
  end: number;
}

/** Case- and accent-insensitive form: "Kárzai" and "KARZAI" both become "karzai". */
export function foldWord(word: string): string {
  return searchableText(word).normalize('NFD').replace(LATIN_ACCENTS, '').toLowerCase().normalize('NFC');
}

export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}
