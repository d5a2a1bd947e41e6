import { describe, expect, it } from 'vitest';
import { markedTextParts } from '../../../shared/search/markedText.js';

describe('markedTextParts', () => {
  it('splits marked text into matched and unmatched runs without the markers', () => {
    expect(markedTextParts('The \uE000border\uE001 talks in \uE000Kabul\uE001')).toEqual([
      { text: 'The ', match: false },
      { text: 'border', match: true },
      { text: ' talks in ', match: false },
      { text: 'Kabul', match: true },
    ]);
  });

  it('joins touching matches into one run', () => {
    expect(markedTextParts('\uE000border\uE001\uE000 crossing\uE001')).toEqual([{ text: 'border crossing', match: true }]);
  });

  it('gives one unmatched run for text without markers, and none for empty text', () => {
    expect(markedTextParts('Plain title')).toEqual([{ text: 'Plain title', match: false }]);
    expect(markedTextParts('')).toEqual([]);
  });
});
