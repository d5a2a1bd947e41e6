import { describe, expect, it } from 'vitest';
import { markedOverOriginal } from '../../../shared/search/markedOriginal.js';
import { MATCH_CLOSE as C, MATCH_OPEN as O } from '../../../shared/search/markedText.js';

describe('markedOverOriginal', () => {
  it('puts the invisible characters back inside a marked word', () => {
    expect(markedOverOriginal(`The ${O}Pakistan${C} side`, 'The Paki\u200Bstan side')).toBe(`The ${O}Paki\u200Bstan${C} side`);
  });

  it('keeps isolates around a marked word outside the mark', () => {
    expect(markedOverOriginal(`${O}Taliban${C} said`, '\u2066Taliban\u2069 said')).toBe(`\u2066${O}Taliban${C}\u2069 said`);
  });

  it('keeps the index’s ellipses and takes the passage from the right place of a long text', () => {
    const original = 'First paragraph.\n\nThen Tal\u2066iban\u2069 envoys met in Doha, and more followed.';
    expect(markedOverOriginal(`…Then ${O}Taliban${C} envoys met…`, original)).toBe(`…Then ${O}Tal\u2066iban${C}\u2069 envoys met…`);
  });

  it('takes in the invisible characters at the very start and end of the text', () => {
    expect(markedOverOriginal(`${O}Kabul${C}`, '\u200FKabul\u200E')).toBe(`\u200F${O}Kabul${C}\u200E`);
  });

  it('uses the first of several texts holding the passage', () => {
    expect(markedOverOriginal(`a ${O}Pakistan${C} note`, 'the quote', 'a Paki\u00ADstan note')).toBe(`a ${O}Paki\u00ADstan${C} note`);
  });

  it('returns the marked text as it is when the text has no such characters or does not hold it', () => {
    const marked = `The ${O}Torkham${C} crossing`;
    expect(markedOverOriginal(marked, 'The Torkham crossing')).toBe(marked);
    expect(markedOverOriginal(marked, 'Some other Paki\u200Bstan text')).toBe(marked);
  });
});
