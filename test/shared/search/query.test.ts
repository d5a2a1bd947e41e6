import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SearchQueryError, toFtsMatch } from '../../../shared/search/query.js';

const match = (query: string) => toFtsMatch(parseSearchQuery(query));
const refusal = (query: string) => {
  try {
    parseSearchQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(SearchQueryError);
    return (error as Error).message;
  }
  throw new Error(`“${query}” was accepted`);
};

describe('parseSearchQuery', () => {
  it('requires every word, each quoted', () => {
    expect(match('border talks')).toBe('"border" AND "talks"');
  });

  it('keeps an exact phrase as one quoted term', () => {
    expect(match('"border crossing" Torkham')).toBe('"border crossing" AND "Torkham"');
    expect(parseSearchQuery('"Border  Crossing"').groups).toEqual([
      [{ text: 'Border  Crossing', words: ['border', 'crossing'], prefix: false }],
    ]);
  });

  it('turns a trailing star into a prefix search, on a word or a phrase', () => {
    expect(match('negotiat*')).toBe('"negotiat" *');
    expect(match('"border cross"*')).toBe('"border cross" *');
  });

  it('refuses a prefix shorter than four letters, saying so', () => {
    expect(refusal('ka*')).toMatch(/“ka\*” is too short.*at least 4 letters/);
  });

  it('joins the terms on both sides of OR, in either case, as alternatives', () => {
    expect(match('Torkham OR Chaman crossing')).toBe('("Torkham" OR "Chaman") AND "crossing"');
    expect(match('Torkham or Chaman or "Angoor Adda"')).toBe('("Torkham" OR "Chaman" OR "Angoor Adda")');
  });

  it('searches a dangling OR as the word itself', () => {
    expect(match('OR talks')).toBe('"or" AND "talks"');
    expect(match('talks OR')).toBe('"talks" AND "or"');
    expect(match('talks OR -trade')).toBe('("talks" AND "or") NOT "trade"');
  });

  it('excludes -words and -"phrases"', () => {
    expect(match('talks -trade -"trade deal"')).toBe('("talks") NOT ("trade" OR "trade deal")');
    expect(parseSearchQuery('talks -trade').excluded).toEqual([{ text: 'trade', words: ['trade'], prefix: false }]);
  });

  it('treats FTS5 operators and syntax typed by the analyst as plain words', () => {
    expect(match('Pakistan AND Afghanistan NOT India NEAR')).toBe(
      '"Pakistan" AND "AND" AND "Afghanistan" AND "NOT" AND "India" AND "NEAR"',
    );
    expect(match('title:Kabul {body} (talks) ^start')).toBe('"title:Kabul" AND "{body}" AND "(talks)" AND "^start"');
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(match('talks "border crossing')).toBe('"talks" AND "border crossing"');
    expect(match('"unclosed')).toBe('"unclosed"');
  });

  it('keeps hyphenated words as one term of several words', () => {
    expect(parseSearchQuery('Pak-Afghan').groups).toEqual([[{ text: 'Pak-Afghan', words: ['pak', 'afghan'], prefix: false }]]);
    expect(match('Pak-Afghan')).toBe('"Pak-Afghan"');
  });

  it('ignores terms without letters or digits', () => {
    expect(match('talks * - "" !!! -')).toBe('"talks"');
  });

  it('refuses a query with nothing to search for', () => {
    for (const junk of ['*', '-', '""', '"', '!!! ...', '- *']) {
      expect(refusal(junk)).toBe('Type a word or a "phrase" to search for.');
    }
  });

  it('refuses a query of only exclusions', () => {
    expect(refusal('-trade -"trade deal"')).toMatch(/^Add a word to search for/);
  });

  it('searches Urdu, Pashto and Dari words like any other', () => {
    expect(match('مذاکرات طالبان')).toBe('"مذاکرات" AND "طالبان"');
    expect(parseSearchQuery('سوله').groups[0]![0]!.words).toEqual(['سوله']);
    expect(parseSearchQuery('تورخم -مرز').excluded[0]!.words).toEqual(['مرز']);
  });

  it('folds case and Latin accents in the words it keeps', () => {
    expect(parseSearchQuery('KÁRZAI').groups[0]![0]!.words).toEqual(['karzai']);
  });

  it('escapes a double quote that would end the FTS5 string', () => {
    // A term can only carry a quote when built by hand; the escape still has to hold.
    expect(toFtsMatch({ groups: [[{ text: 'a"b', words: ['a', 'b'], prefix: false }]], excluded: [] })).toBe('"a""b"');
  });
});
