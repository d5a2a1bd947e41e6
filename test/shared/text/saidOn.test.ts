import { describe, expect, it } from 'vitest';
import { resolveSaidOn, sentenceAround } from '../../../shared/text/saidOn.js';

// Thursday 17 April 2025.
const PUBLISHED = '2025-04-17';

/** Resolves the day for the words `quote` inside `text`. */
function saidOn(text: string, quote: string, published: string | null = PUBLISHED): string | null {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return resolveSaidOn(text, { start, end: start + quote.length }, published);
}

describe('resolveSaidOn', () => {
  it('takes a weekday as the latest such day on or before the publication date', () => {
    expect(saidOn('Dar said on Tuesday that talks would resume.', 'talks would resume')).toBe('2025-04-15');
    expect(saidOn('Dar said on Friday that talks would resume.', 'talks would resume')).toBe('2025-04-11');
  });

  it('takes the publication day itself when it is the weekday named', () => {
    expect(saidOn('Dar said on Thursday that talks would resume.', 'talks would resume')).toBe('2025-04-17');
  });

  it('takes "last Thursday" as the week before when published on a Thursday', () => {
    expect(saidOn('Dar said last Thursday that talks would resume.', 'talks would resume')).toBe('2025-04-10');
  });

  it('resolves yesterday, today and last week against the publication date', () => {
    expect(saidOn('Muttaqi said yesterday that trade must grow.', 'trade must grow')).toBe('2025-04-16');
    expect(saidOn('Muttaqi told reporters today that trade must grow.', 'trade must grow')).toBe('2025-04-17');
    expect(saidOn('Muttaqi said last week that trade must grow.', 'trade must grow')).toBe('2025-04-10');
  });

  it('reads written dates with and without a year', () => {
    expect(saidOn('On April 15, Dar said that talks would resume.', 'talks would resume')).toBe('2025-04-15');
    expect(saidOn('On 3 March 2024 Dar said that talks would resume.', 'talks would resume')).toBe('2024-03-03');
    expect(saidOn('On 15th April Dar said that talks would resume.', 'talks would resume')).toBe('2025-04-15');
  });

  it('puts a day and month later than the publication date in the year before', () => {
    expect(saidOn('On December 2 Dar said that talks would resume.', 'talks would resume')).toBe('2024-12-02');
  });

  it('ignores a date in another sentence and falls back to the publication date', () => {
    const text = 'The JCC met on Monday. Dar said that talks would resume.';
    expect(saidOn(text, 'talks would resume')).toBe('2025-04-17');
  });

  it('prefers the mention nearest the quote', () => {
    const text = 'After the meeting on Monday, Dar said on Tuesday that talks would resume.';
    expect(saidOn(text, 'talks would resume')).toBe('2025-04-15');
  });

  it('keeps the publication date of a timestamp as the reference', () => {
    expect(saidOn('Dar said on Tuesday that talks would resume.', 'talks would resume', '2025-04-17T22:10:00Z')).toBe('2025-04-15');
  });

  it('resolves an explicit full date without a publication date, and answers null when there is neither', () => {
    expect(saidOn('On 15 April 2025 Dar said that talks would resume.', 'talks would resume', null)).toBe('2025-04-15');
    expect(saidOn('Dar said on Tuesday that talks would resume.', 'talks would resume', null)).toBeNull();
  });

  it('does not take an impossible date', () => {
    expect(saidOn('On April 31 Dar said that talks would resume.', 'talks would resume')).toBe('2025-04-17');
  });

  it('does not read a lower-case "may" as the month', () => {
    expect(saidOn('Dar said talks may 12 times fail but would resume.', 'would resume')).toBe('2025-04-17');
  });

  it('reads Urdu weekdays before کو and leaves پیر alone as a word', () => {
    expect(saidOn('وزیر خارجہ نے منگل کو کہا کہ مذاکرات جاری رہیں گے۔', 'مذاکرات جاری رہیں گے')).toBe('2025-04-15');
    expect(saidOn('اسحاق ڈار نے جمعرات کو کہا کہ مذاکرات جاری رہیں گے۔', 'مذاکرات جاری رہیں گے')).toBe('2025-04-17');
    expect(saidOn('ترجمان نے جمعہ کے روز کہا کہ سرحد کھلی رہے گی۔', 'سرحد کھلی رہے گی')).toBe('2025-04-11');
    expect(saidOn('پیر صاحب نے کہا کہ سرحد کھلی رہے گی۔', 'سرحد کھلی رہے گی')).toBe('2025-04-17');
  });

  it('reads Urdu yesterday and last week', () => {
    expect(saidOn('ترجمان نے گزشتہ روز کہا کہ سرحد کھلی رہے گی۔', 'سرحد کھلی رہے گی')).toBe('2025-04-16');
    expect(saidOn('ترجمان نے گزشتہ ہفتے کہا کہ سرحد کھلی رہے گی۔', 'سرحد کھلی رہے گی')).toBe('2025-04-10');
  });

  it('reads Dari and Pashto weekdays, with or without the zero-width non-joiner', () => {
    expect(saidOn('متقی روز سه‌شنبه گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-15');
    expect(saidOn('متقی روز سه شنبه گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-15');
    expect(saidOn('متقی روز شنبه گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-12');
    expect(saidOn('متقی روز یکشنبه گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-13');
    expect(saidOn('متقي روز جمعه گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-11');
    expect(saidOn('متقي د پنجشنبې په ورځ وویل چې خبرې روانې دي.', 'خبرې روانې دي')).toBe('2025-04-17');
    expect(saidOn('متقی دیروز گفت که گفتگوها ادامه دارد.', 'گفتگوها ادامه دارد')).toBe('2025-04-16');
  });
});

describe('sentenceAround', () => {
  it('spans from the end of the previous sentence to the end of the quote’s own', () => {
    const text = 'First one. Dar said “Talks resume.” Then more. Last.';
    const start = text.indexOf('Talks');
    const around = sentenceAround(text, { start, end: start + 5 });
    expect(text.slice(around.start, around.end)).toBe('Dar said “Talks resume.”');
  });

  it('stops at a line break', () => {
    const text = 'Dar spoke on Monday\nMuttaqi said that trade must grow';
    const start = text.indexOf('trade');
    expect(sentenceAround(text, { start, end: text.length })).toEqual({ start: 20, end: text.length });
  });
});
