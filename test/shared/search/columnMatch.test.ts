import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toFtsColumnMatch } from '../../../shared/search/query.js';

describe('toFtsColumnMatch', () => {
  it('requires the whole query and any of its terms to find in the column, never an excluded one', () => {
    expect(toFtsColumnMatch(parseSearchQuery('Kabul OR Islamabad "transit deal" -Doha'), 'title')).toBe(
      '((("Kabul" OR "Islamabad") AND "transit deal") NOT "Doha") AND title : ("Kabul" OR "Islamabad" OR "transit deal")',
    );
  });

  it('keeps a prefix a prefix', () => {
    expect(toFtsColumnMatch(parseSearchQuery('sanctu*'), 'title')).toBe('("sanctu" *) AND title : "sanctu" *');
  });
});
