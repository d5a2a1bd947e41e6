import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../../../electron/backend/export/data/codePoints.js';

describe('code point offsets', () => {
  it('are the UTF-16 offsets themselves in text without astral characters', () => {
    const convert = codePointOffsets('Kabul — کابل');
    expect([0, 5, 8, 12].map(convert)).toEqual([0, 5, 8, 12]);
  });

  it('count an emoji (two code units) as one character', () => {
    const text = 'a😀b🇵🇰c';
    const convert = codePointOffsets(text);
    expect(convert(text.indexOf('b'))).toBe(2);
    expect(convert(text.indexOf('c'))).toBe(5);
    expect(convert(text.length)).toBe([...text].length);
  });

  it('agree with counting the characters before the offset, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (text, n) => {
        const boundaries = [0, ...[...text].map((_, i) => [...text].slice(0, i + 1).join('').length)];
        const offset = boundaries[n % boundaries.length]!;
        expect(codePointOffsets(text)(offset)).toBe([...text.slice(0, offset)].length);
      }),
    );
  });
});
