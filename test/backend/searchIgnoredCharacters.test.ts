import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/domain/search.js';
import { useBackend } from '../helpers/backend.js';
import { annotating } from './handlers/annotatingHarness.js';

const BODY =
  'ISLAMABAD: Paki\u200Bstan asked the Tal\u2066iban\u2069 government to act.\n\n' +
  'Envoys from Ka\u00ADbul and Islamabad will meet again next month.';

const text = (parts: SearchHit['snippet']) => parts.map((part) => part.text).join('');
const marked = (parts: SearchHit['snippet']) => parts.filter((part) => part.match).map((part) => part.text);
const indexIntact = (db: { exec(sql: string): unknown }) => {
  for (const table of ['article_fts', 'annotation_fts', 'note_fts']) db.exec(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`);
};

describe('search with invisible format characters inside words', () => {
  const backend = useBackend();

  it('finds words split by a zero-width space, bidi isolates or a soft hyphen by the plain word', async () => {
    const h = annotating(backend());
    const id = await h.article(BODY, 'Border talks');
    for (const query of ['Pakistan', 'Taliban', 'Kabul', '"Taliban government"']) {
      const page = await h.ok('search.query', { query });
      expect(page.hits.map((hit) => hit.article.id), query).toEqual([id]);
    }
  });

  it('shows the snippet as stored, with the stored word marked', async () => {
    const h = annotating(backend());
    await h.article(BODY, 'Border talks');
    const [hit] = (await h.ok('search.query', { query: 'Taliban' })).hits;
    expect(text(hit!.snippet)).toBe(BODY);
    expect(marked(hit!.snippet)).toEqual(['Tal\u2066iban']);
  });

  it('marks the stored title', async () => {
    const h = annotating(backend());
    await h.article('Talks resume.', 'Paki\u200Bstan and \u2067کابل\u2069 talk');
    const [hit] = (await h.ok('search.query', { query: 'pakistan کابل' })).hits;
    expect(text(hit!.title)).toBe('Paki\u200Bstan and \u2067کابل\u2069 talk');
    expect(marked(hit!.title)).toEqual(['Paki\u200Bstan', 'کابل']);
  });

  it('finds a query pasted with the characters in it', async () => {
    const h = annotating(backend());
    const id = await h.article('Pakistan and Kabul met.', 'Talks');
    expect((await h.ok('search.query', { query: 'Paki\u200Bstan' })).hits.map((hit) => hit.article.id)).toEqual([id]);
  });

  it('finds an article by a highlight note holding them, with the note’s snippet as stored', async () => {
    const h = annotating(backend());
    const id = await h.article('KABUL: Talks resumed on Monday.', 'Talks');
    await h.ok('annotations.create', { article_id: id, start: 0, end: 5, note: 'Compare the Tal\u2066iban\u2069 reply' });
    const page = await h.ok('search.query', { query: 'Taliban' });
    expect(page.hits.map((hit) => hit.article.id)).toEqual([id]);
    expect(text(page.hits[0]!.snippet)).toBe('Compare the Tal\u2066iban\u2069 reply');
    expect(marked(page.hits[0]!.snippet)).toEqual(['Tal\u2066iban']);
  });

  it('finds an article by its note holding them', async () => {
    const h = annotating(backend());
    const id = await h.article('KABUL: Talks resumed on Monday.', 'Talks');
    await h.ok('notes.setArticle', { article_id: id, body: 'Ask about Paki\u200Bstan' });
    const [hit] = (await h.ok('search.query', { query: 'Pakistan' })).hits;
    expect(hit!.article.id).toBe(id);
    expect(marked(hit!.snippet)).toEqual(['Paki\u200Bstan']);
  });

  it('keeps the index in step when such an article is renamed and deleted', async () => {
    const h = annotating(backend());
    const id = await h.article(BODY, 'Border talks');
    await h.ok('articles.update', { id, title: 'Wa\u200Bkhan corridor' });
    expect((await h.ok('search.query', { query: 'Wakhan' })).total).toBe(1);
    expect((await h.ok('search.query', { query: 'Taliban' })).total).toBe(1);
    indexIntact(backend().workspace.db);
    await h.ok('articles.delete', { id });
    expect((await h.ok('search.query', { query: 'Taliban' })).total).toBe(0);
    expect(h.count('SELECT count(*) FROM article_searchable')).toBe(0);
    indexIntact(backend().workspace.db);
  });

  it('treats the zero-width non-joiner of a Dari word as a word boundary, like a space', async () => {
    const h = annotating(backend());
    const id = await h.article('طالبان می\u200Cگویند که مذاکرات ادامه دارد.', 'Dari');
    for (const query of ['گویند', 'می\u200Cگویند', '"می گویند"']) {
      expect((await h.ok('search.query', { query })).hits.map((hit) => hit.article.id), query).toEqual([id]);
    }
  });
});
