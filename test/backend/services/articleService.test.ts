import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../electron/backend/services/articleService.js';
import { useBackend } from '../../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';

const jcc = readFixture(JCC_ARTICLE);

describe('prepareArticle', () => {
  it('keeps each line of pasted web text as its own paragraph', () => {
    const article = prepareArticle({ title: 'JCC talks', body: jcc });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^ISLAMABAD: Amid escalating tensions/);
    expect(paragraphs).toHaveLength(jcc.split('\n').length - 4);
  });

  it('keeps the pasted key points apart from the body', () => {
    const article = prepareArticle({ title: 'JCC talks', body: jcc });
    expect(article.key_points).toEqual([
      'A Pakistani delegation visits Kabul for detailed talks',
      'The JCC meets in Kabul after a 15-month pause',
      'A high-level Afghan delegation arrives in Islamabad for talks on trade and refugee issues',
    ]);
    expect(article.body).not.toContain('Key points');
  });

  it('takes the published date from the text when none was given, and the given one over it', () => {
    const body = 'Published: April 17, 2025\n\nKABUL: Talks resumed.';
    expect(prepareArticle({ title: 'A', body }).published_at).toBe('2025-04-17');
    expect(prepareArticle({ title: 'A', body, published_at: '2025-04-16' }).published_at).toBe('2025-04-16');
  });

  it('gives different hashes to the same body under different key points', () => {
    const a = prepareArticle({ title: 'A', body: 'Key points\n- One\n\nBody.' });
    const b = prepareArticle({ title: 'A', body: 'Key points\n- Two\n\nBody.' });
    expect(a.body).toBe(b.body);
    expect(a.content_hash).not.toBe(b.content_hash);
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

describe('articles.create', () => {
  const backend = useBackend();

  it('refuses text already in the library, naming the article that holds it', async () => {
    const { dispatch } = backend();
    await dispatch('articles.create', { title: 'JCC talks', body: jcc });
    const again = await dispatch('articles.create', { title: 'Other', body: `${jcc}\n\n` });
    expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'This text is already in the library as “JCC talks”.' } });
  });

  it('refuses the text of an earlier revision, naming the article it became', async () => {
    const { dispatch } = backend();
    const jsonFile = (name: string, title: string, body: string) => ({
      name,
      data: Buffer.from(JSON.stringify([{ title, body, url: 'https://example.com/talks' }])).toString('base64'),
    });
    await dispatch('import.file', jsonFile('a.json', 'Talks', 'KABUL: Talks resumed.'));
    await dispatch('import.file', jsonFile('b.json', 'Talks end', 'KABUL: Talks ended.'));
    const pasted = await dispatch('articles.create', { title: 'Old text', body: 'KABUL: Talks resumed.' });
    expect(pasted).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('“Talks end”') } });
  });
});
