import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../electron/backend/services/articleService.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';

const jcc = readFixture(JCC_ARTICLE);

describe('prepareArticle', () => {
  it('keeps each line of pasted web text as its own paragraph', () => {
    const article = prepareArticle({ title: 'JCC talks', body: jcc });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[0]).toBe('Key points');
    expect(paragraphs).toContain('- The JCC meets in Kabul after a 15-month pause');
  });

  it('finds the dateline, the language and the direction of the shared article', () => {
    const article = prepareArticle({ title: 'JCC talks', body: jcc });
    expect(article).toMatchObject({ dateline: 'ISLAMABAD', language: 'en', direction: 'ltr', revision: 1 });
  });

  it('gives the same hash to the same text however its whitespace was pasted', () => {
    const a = prepareArticle({ title: 'A', body: 'One.\r\n\r\nTwo.  ' });
    const b = prepareArticle({ title: 'B', body: 'One.\n\n\n\nTwo.' });
    expect(a.content_hash).toBe(b.content_hash);
    expect(a.body).toBe('One.\n\nTwo.');
  });

  it('marks an Urdu article right to left', () => {
    const article = prepareArticle({ title: 'مذاکرات', body: 'پاکستان اور افغانستان کے درمیان مذاکرات کابل میں دوبارہ شروع ہوئے۔' });
    expect(article).toMatchObject({ language: 'ur', direction: 'rtl' });
  });
});
