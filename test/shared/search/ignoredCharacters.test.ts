import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../../shared/search/matchTerms.js';
import { parseSearchQuery, toFtsMatch } from '../../../shared/search/query.js';
import { wordTokens } from '../../../shared/search/tokens.js';

describe('search words with invisible format characters', () => {
  it('reads a word split by a zero-width space or bidi isolates as one word, with its stored offsets', () => {
    expect(wordTokens('The Paki\u200Bstan and \u2066Tal\u2067iban\u2069 sides')).toEqual([
      { word: 'the', start: 0, end: 3 },
      { word: 'pakistan', start: 4, end: 13 },
      { word: 'and', start: 14, end: 17 },
      { word: 'taliban', start: 19, end: 27 },
      { word: 'sides', start: 29, end: 34 },
    ]);
  });

  it('keeps the zero-width non-joiner a word boundary, as the index does', () => {
    expect(wordTokens('می\u200Cخواهم').map((token) => token.word)).toEqual(['می', 'خواهم']);
  });

  it('takes the characters out of the query', () => {
    expect(toFtsMatch(parseSearchQuery('Paki\u200Bstan "Tal\u2066iban\u2069 envoys"'))).toBe('"Pakistan" AND "Taliban envoys"');
  });

  it('marks the stored word for a plain query, and the plain word for a query carrying the characters', () => {
    const text = 'Officials in Paki\u200Bstan said Pakistan would reply.';
    expect(findTermMatches(text, 'Pakistan')).toEqual([
      { start: 13, end: 22 },
      { start: 28, end: 36 },
    ]);
    expect(findTermMatches(text, 'Pak\u200Distan')).toHaveLength(2);
  });
});
