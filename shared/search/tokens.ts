/**
 * Words as the library's full-text index sees them (SQLite FTS5, `unicode61 remove_diacritics 2`),
 * so that query checks and hit marking agree with what the index matched.
 *
 * Measured on the index: letters and digits of any script form words; combining Latin accents
 * (U+0300–U+036F) belong to the word and are dropped; every other character, including Arabic
 * vowel marks and private-use characters, separates words.
 */
const WORD = /[\p{L}\p{N}\u0300-\u036f]+/gu;
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
  return word.normalize('NFD').replace(LATIN_ACCENTS, '').toLowerCase().normalize('NFC');
}

export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: foldWord(m[0]), start: m.index, end: m.index + m[0].length }));
}
