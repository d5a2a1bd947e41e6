import { describe, expect, it } from 'vitest';
import { hasSearchIgnored, SEARCH_IGNORED_CODE_POINTS, searchableText } from '../../../shared/text/searchableText.js';

describe('searchableText', () => {
  it('takes zero-width characters, the byte order mark and the soft hyphen out of words', () => {
    expect(searchableText('Paki\u200Bstan Ta\u200Dli\u2060ban \uFEFFKabul Isla\u00ADmabad')).toBe('Pakistan Taliban Kabul Islamabad');
  });

  it('takes out bidi marks, embeddings, overrides and isolates', () => {
    const controls = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(searchableText(`Tal${controls}iban`)).toBe('Taliban');
    expect([...controls].every((char) => SEARCH_IGNORED_CODE_POINTS.includes(char.codePointAt(0)!))).toBe(true);
  });

  it('keeps the zero-width non-joiner, the half-space between the parts of a Dari word', () => {
    expect(searchableText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(hasSearchIgnored('می\u200Cخواهم')).toBe(false);
  });

  it('returns text without such characters as it is', () => {
    const text = 'Torkham — “reopened” on Monday…';
    expect(searchableText(text)).toBe(text);
    expect(hasSearchIgnored(text)).toBe(false);
    expect(hasSearchIgnored('a\u200Bb')).toBe(true);
  });
});
