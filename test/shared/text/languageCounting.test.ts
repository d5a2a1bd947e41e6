import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, type Language } from '../../../shared/text/language.js';

/** The guess as first written, with a regular expression per kind of letter: the counting loop must agree with it. */
function detectByRegex(text: string): Language {
  const count = (sample: string, re: RegExp) => sample.match(re)?.length ?? 0;
  const sample = text.slice(0, 20_000);
  const arabicScript = count(sample, /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g);
  const latin = count(sample, /[A-Za-z\u00C0-\u024F]/g);
  if (arabicScript === 0 && latin === 0) return 'und';
  if (latin >= arabicScript) return 'en';
  const pashto = count(sample, /[ځڅډړږښګڼۍې]/g);
  const urdu = count(sample, /[ٹڈڑںےھ]/g);
  if (pashto > urdu && pashto >= 2) return 'ps';
  if (urdu > 0 && urdu >= pashto) return 'ur';
  if (count(sample, /[پچژگکی]/g) >= count(sample, /[ةىك]/g)) return 'fa';
  return 'ar';
}

// Letters at the edges of every range counted, the marker letters, and a few that count as nothing.
const LETTERS = [
  ...'@AZ[`az{\u00BF\u00C0\u024F\u0250\u05FF\u0600\u06FF\u0700\u074F\u0750\u077F\u0780\uFB4F\uFB50\uFDFF\uFE00\uFE6F\uFE70\uFEFF\uFF00',
  ...'ځڅډړږښګڼۍېٹڈڑںےھپچژگکیةىك',
  ...'اب ت،۔ 12\n',
];

describe('detectLanguage counts letters as the regular expressions did', () => {
  it('gives the same guess for any mix of letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 60 }), (letters) => {
        const text = letters.join('');
        expect(detectLanguage(text)).toBe(detectByRegex(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the first 20,000 characters', () => {
    const text = `${'a'.repeat(20_000)}${'پ'.repeat(30_000)}`;
    expect(detectLanguage(text)).toBe('en');
    expect(detectByRegex(text)).toBe('en');
  });
});
