import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating, BODY } from '../handlers/annotatingHarness.js';

const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });

describe('search and the library list with highlights and notes', () => {
  const backend = useBackend();

  it('finds an article by a highlight’s note, with the snippet from the note', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    await h.article('KABUL: Another article about trade.', 'Trade');
    await h.ok('annotations.create', { article_id: articleId, ...span('Torkham crossing'), note: 'Compare with the Chaman closure' });
    const page = await h.ok('search.query', { query: 'Chaman' });
    expect(page.total).toBe(1);
    expect(page.hits[0]!.article).toMatchObject({ id: articleId, highlight_count: 1 });
    expect(page.hits[0]!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['Chaman']);
  });

  it('finds an article by its article note, after the articles whose text matches', async () => {
    const h = annotating(backend());
    const noted = await h.article();
    const mentions = await h.article('KABUL: The quadrilateral format was discussed again.', 'Format');
    await h.ok('notes.setArticle', { article_id: noted, body: 'Recalls the *quadrilateral* format of 2016' });
    const page = await h.ok('search.query', { query: 'quadrilateral' });
    expect(page.total).toBe(2);
    expect(page.hits.map((hit) => hit.article.id)).toEqual([mentions, noted]);
    expect(page.hits[1]!.snippet.some((part) => part.match && part.text === 'quadrilateral')).toBe(true);
    const second = await h.ok('search.query', { query: 'quadrilateral', offset: 1, limit: 1 });
    expect(second.hits.map((hit) => hit.article.id)).toEqual([noted]);
  });

  it('does not count an article twice when its text and its highlight both match', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    await h.ok('annotations.create', { article_id: articleId, ...span('Torkham crossing') });
    expect((await h.ok('search.query', { query: 'Torkham' })).total).toBe(1);
  });

  it('counts each article’s highlights in the library list', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const other = await h.article('KABUL: Another article about trade.', 'Trade');
    await h.ok('annotations.create', { article_id: articleId, ...span('TTP') });
    await h.ok('annotations.create', { article_id: articleId, ...span('Kabul') });
    const items = (await h.ok('articles.list', {})).items;
    expect(Object.fromEntries(items.map((a) => [a.id, a.highlight_count]))).toEqual({ [articleId]: 2, [other]: 0 });
  });

  it('filters the list and search by tag, sub-tags included', async () => {
    const h = annotating(backend());
    const tagged = await h.article();
    const untagged = await h.article('KABUL: Talks on the Torkham crossing about trade.', 'Trade');
    const [border, torkham, trade] = [await h.tagNamed('Border & crossings'), await h.tagNamed('Torkham'), await h.tagNamed('Trade & transit')];
    await h.ok('annotations.create', { article_id: tagged, ...span('Torkham'), tag_ids: [torkham.id] });
    await h.ok('annotations.create', { article_id: untagged, start: 0, end: 5 });
    const listed = await h.ok('articles.list', { filters: { tag_ids: [border.id] } });
    expect(listed).toMatchObject({ total: 1, items: [{ id: tagged }] });
    expect((await h.ok('articles.list', { filters: { tag_ids: [trade.id] } })).total).toBe(0);
    const found = await h.ok('search.query', { query: 'Torkham', filters: { tag_ids: [torkham.id, trade.id] } });
    expect(found.hits.map((hit) => hit.article.id)).toEqual([tagged]);
  });
});
