import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches } from '../../../shared/anchoring/approximate.js';
import { editDistance, similarity } from '../../../shared/anchoring/similarity.js';

describe('editDistance and similarity', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', 'abce')).toBe(0.75);
  });
});

describe('approximateMatches', () => {
  it('finds a pattern with a typo and reports where and how far', () => {
    const text = 'talks on trade and the refugee issue were held in Kabul';
    expect(approximateMatches('refugee isue', text, 2)).toContainEqual({ start: 23, end: 36, distance: 1 });
  });

  it('finds nothing beyond the allowed number of edits', () => {
    expect(approximateMatches('diplomatic thaw', 'nothing similar here at all', 2)).toEqual([]);
  });

  it('reports true distances and misses no match, against brute force', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 0, maxLength: 24 });
    fc.assert(
      fc.property(letters, fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 3, maxLength: 6 }), fc.integer({ min: 0, max: 2 }), (text, pattern, k) => {
        const matches = approximateMatches(pattern, text, k);
        for (const m of matches) {
          expect(m.distance).toBeLessThanOrEqual(k);
          expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.distance);
        }
        let best = Number.POSITIVE_INFINITY;
        for (let s = 0; s <= text.length; s++) for (let e = s; e <= text.length; e++) best = Math.min(best, editDistance(pattern, text.slice(s, e)));
        expect(matches.length > 0).toBe(best <= k);
        if (matches.length > 0) expect(Math.min(...matches.map((m) => m.distance))).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});
