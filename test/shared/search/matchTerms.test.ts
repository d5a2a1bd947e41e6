import { describe, expect, it } from 'vitest';
import { findTermMatches } from '../../../shared/search/matchTerms.js';

/** The matched substrings, in order. */
const marked = (text: string, query: string) => findTermMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe('findTermMatches', () => {
  it('finds whole words regardless of case', () => {
    const text = 'Kabul talks: KABUL agrees; Kabulis cheer.';
    expect(findTermMatches(text, 'kabul')).toEqual([
      { start: 0, end: 5 },
      { start: 13, end: 18 },
    ]);
  });

  it('ignores Latin accents on either side', () => {
    expect(marked('Kárzai met Karzai and KÁRZAI.', 'karzai')).toEqual(['Kárzai', 'Karzai', 'KÁRZAI']);
    expect(marked('Karzai spoke.', 'Kárzai')).toEqual(['Karzai']);
  });

  it('gives UTF-16 offsets into the original text, before any decomposed accent', () => {
    const text = 'Then Ka\u0301rzai spoke.';
    expect(findTermMatches(text, 'karzai')).toEqual([{ start: 5, end: 12 }]);
  });

  it('finds Urdu, Pashto and Dari words', () => {
    const urdu = 'پاکستان اور افغانستان کے درمیان مذاکرات';
    expect(marked(urdu, 'مذاکرات')).toEqual(['مذاکرات']);
    const pashto = 'د پاکستان او افغانستان ترمنځ سوله';
    expect(marked(pashto, 'سوله')).toEqual(['سوله']);
    const dari = 'گذرگاه مرزی تورخم باز شد';
    expect(marked(dari, 'تورخم')).toEqual(['تورخم']);
    expect(marked(dari, 'تور')).toEqual([]);
  });

  it('marks a phrase as one range over its consecutive words only', () => {
    const text = 'The border crossing reopened; the border was quiet near the crossing.';
    expect(marked(text, '"border crossing"')).toEqual(['border crossing']);
  });

  it('matches a phrase across punctuation, as the index does', () => {
    expect(marked('Talks in Kabul. Border crossing next.', '"kabul border"')).toEqual(['Kabul. Border']);
  });

  it('marks whole words that start with a prefix', () => {
    expect(marked('Negotiators negotiated; renegotiation failed.', 'negotiat*')).toEqual(['Negotiators', 'negotiated']);
  });

  it('marks every alternative of an OR and no excluded term', () => {
    expect(marked('Torkham and Chaman, not trade.', 'Torkham OR Chaman -trade')).toEqual(['Torkham', 'Chaman']);
  });

  it('returns sorted ranges with overlaps merged', () => {
    const text = 'border crossing border';
    expect(findTermMatches(text, 'crossing "border crossing" border')).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 22 },
    ]);
  });

  it('marks nothing for a query that cannot be searched', () => {
    expect(findTermMatches('anything at all', '-anything')).toEqual([]);
    expect(findTermMatches('anything at all', '*')).toEqual([]);
  });
});
