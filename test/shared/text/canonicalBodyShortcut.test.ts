import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBody, canonicalBodyByPasses as canonicalByPasses } from '../../../shared/text/normalize.js';

// Every kind of whitespace the passes treat apart, letters, and a decomposed é (e + U+0301).
const PIECES = [' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\t', '\f', '\v', '\u00a0', '\u2028', '\u2029', '\uFEFF', '\u3000', 'a', 'Kabul', 'e\u0301', 'é', 'پ'];

describe('canonicalBody', () => {
  it('gives what the full passes give, for canonical text and any other', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        expect(canonicalBody(text)).toBe(canonicalByPasses(text));
        const canonical = canonicalByPasses(text);
        expect(canonicalBody(canonical)).toBe(canonical);
      }),
      { numRuns: 5000 },
    );
  });
});
