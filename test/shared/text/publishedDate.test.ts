import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseWrittenDate } from '../../../shared/text/publishedDate.js';

describe('findPublishedDate', () => {
  it.each([
    ['Published April 17, 2025\n\nISLAMABAD: Talks resumed.', '2025-04-17'],
    ['By Staff Reporter | Published on 17 April 2025\n\nTalks resumed.', '2025-04-17'],
    ['Updated: 2025-04-17\n\nTalks resumed.', '2025-04-17'],
    ['Posted: Thursday, April 17th, 2025 10:32 PM PKT\n\nTalks resumed.', '2025-04-17'],
    ['17 April 2025\n\nTalks resumed.', '2025-04-17'],
    ['Thu, Apr. 17, 2025\nTalks resumed.', '2025-04-17'],
    ['2025-04-17 09:30\n\nTalks resumed.', '2025-04-17'],
    ['ISLAMABAD, April 17, 2025: Talks resumed.', '2025-04-17'],
    ['Date: 1st of September 2024\n\nTalks resumed.', '2024-09-01'],
  ])('finds the date in %j', (text, date) => {
    expect(findPublishedDate(text)).toBe(date);
  });

  it('prefers the stated publication date to the update', () => {
    expect(findPublishedDate('Updated: April 18, 2025\nPublished: April 17, 2025\n\nText.')).toBe('2025-04-17');
  });

  it.each([
    ['a date inside a sentence', 'The committee met on 17 April 2025 in Kabul.\n\nMore text.'],
    ['a date further down than the top', `${'A paragraph of text.\n\n'.repeat(12)}Published April 17, 2025`],
    ['an impossible date', 'Published: February 30, 2025\n\nText.'],
    ['a date with no year', 'Published April 17\n\nText.'],
    ['a line that starts with a date but goes on', '17 April 2025 will be remembered as the day talks resumed.'],
    ['no date at all', 'ISLAMABAD: Talks resumed.'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findPublishedDate(text)).toBeNull();
  });
});

describe('parseWrittenDate', () => {
  it.each([
    ['April 17, 2025', '2025-04-17'],
    ['17th Apr 2025', '2025-04-17'],
    ['2025-04-17T08:00:00Z', '2025-04-17'],
    ['Sept 3, 2024', '2024-09-03'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j', (text, date) => {
    expect(parseWrittenDate(text)).toBe(date);
  });

  it.each(['2025-02-29', 'Someday 2025', '31 June 2025'])('refuses %j', (text) => {
    expect(parseWrittenDate(text)).toBeNull();
  });
});
