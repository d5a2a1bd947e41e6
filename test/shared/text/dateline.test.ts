import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../shared/text/dateline.js';

describe('findDateline', () => {
  it.each([
    ['ISLAMABAD: Talks resumed.', 'ISLAMABAD'],
    ['KABUL, April 17 (Reuters) - The minister said.', 'KABUL'],
    ['DERA ISMAIL KHAN: Police said.', 'DERA ISMAIL KHAN'],
    ['Key points\n\nPESHAWAR — Crossings reopened.', 'PESHAWAR'],
  ])('finds the place in %j', (body, place) => {
    expect(findDateline(body)).toBe(place);
  });

  it('finds nothing in an ordinary opening', () => {
    expect(findDateline('The talks resumed on Thursday: both sides met.')).toBeNull();
  });
});
