import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating } from './annotatingHarness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('notes.getArticle / notes.setArticle', () => {
  const backend = useBackend();

  it('answers an empty note for an article that has none', async () => {
    const { ok, article } = annotating(backend());
    const articleId = await article();
    expect(await ok('notes.getArticle', { article_id: articleId })).toEqual({ article_id: articleId, body: '', updated_at: null });
  });

  it('saves, overwrites and reads back the article note', async () => {
    const { ok, article, count } = annotating(backend());
    const articleId = await article();
    await ok('notes.setArticle', { article_id: articleId, body: '# Why it matters\n\nFirst draft' });
    const saved = await ok('notes.setArticle', { article_id: articleId, body: '# Why it matters\n\nSecond draft' });
    expect(saved).toMatchObject({ article_id: articleId, body: '# Why it matters\n\nSecond draft' });
    expect(saved.updated_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await ok('notes.getArticle', { article_id: articleId })).toEqual(saved);
    expect(count('SELECT count(*) FROM note')).toBe(1);
  });

  it('deletes the note when the body is emptied', async () => {
    const { ok, article, count } = annotating(backend());
    const articleId = await article();
    await ok('notes.setArticle', { article_id: articleId, body: 'Something' });
    expect(await ok('notes.setArticle', { article_id: articleId, body: '  \n' })).toEqual({ article_id: articleId, body: '', updated_at: null });
    expect(count('SELECT count(*) FROM note')).toBe(0);
  });

  it('refuses an article that does not exist', async () => {
    const { fails } = annotating(backend());
    expect(await fails('notes.getArticle', { article_id: MISSING })).toMatchObject({ code: 'not_found', field: 'article_id' });
    expect(await fails('notes.setArticle', { article_id: MISSING, body: 'x' })).toMatchObject({ code: 'not_found', field: 'article_id' });
  });

  it('goes with its article', async () => {
    const { ok, article, count } = annotating(backend());
    const articleId = await article();
    await ok('notes.setArticle', { article_id: articleId, body: 'Something' });
    await ok('articles.delete', { id: articleId });
    expect(count('SELECT count(*) FROM note')).toBe(0);
  });
});
