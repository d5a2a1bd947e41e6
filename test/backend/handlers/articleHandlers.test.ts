import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import type { Article } from '../../../shared/domain/article.js';
import { useBackend } from '../../helpers/backend.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

async function create(backend: Backend, fields: { title: string; body: string; url?: string; outlet?: string }) {
  const result = await backend.dispatch('articles.create', fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Article;
}

/** The rowids the full-text index finds for a query, straight from SQLite. */
function ftsHits(backend: Backend, query: string): number[] {
  return backend.workspace.db.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ?').pluck().all(query) as number[];
}

function rowidOf(backend: Backend, id: string): number {
  return backend.workspace.db.prepare('SELECT rowid FROM article WHERE id = ?').pluck().get(id) as number;
}

/** FTS5's own check that the external-content index matches the article table. */
function ftsIntegrity(backend: Backend): void {
  backend.workspace.db.exec(`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`);
}

describe('article handlers: update, delete, facets', () => {
  const start = useBackend();

  async function withArticle() {
    const backend = start();
    const article = await create(backend, {
      title: 'Torkham crossing reopens',
      body: 'PESHAWAR: The crossing reopened after talks.',
      url: 'https://example.org/torkham',
      outlet: 'Dawn',
    });
    return { backend, article };
  }

  it('corrects metadata and records when', async () => {
    const { backend, article } = await withArticle();
    const result = await backend.dispatch('articles.update', {
      id: article.id,
      title: '  Torkham border crossing   reopens ',
      outlet: 'Dawn News',
      author: 'Staff reporter',
      published_at: '2025-04-17',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { title: 'Torkham border crossing reopens', outlet: 'Dawn News', author: 'Staff reporter', published_at: '2025-04-17' },
    });
    const stored = await backend.dispatch('articles.get', { id: article.id });
    expect(stored).toMatchObject({ ok: true, value: { title: 'Torkham border crossing reopens', body: article.body } });
    expect((stored as { value: Article }).value.updated_at).toEqual(expect.any(String));
  });

  it('keeps the full-text index in step when the title changes', async () => {
    const { backend, article } = await withArticle();
    await backend.dispatch('articles.update', { id: article.id, title: 'Khyber pass news' });
    const rowid = rowidOf(backend, article.id);
    expect(ftsHits(backend, 'khyber')).toEqual([rowid]);
    expect(ftsHits(backend, 'torkham')).toEqual([]);
    expect(ftsHits(backend, 'reopened')).toEqual([rowid]);
    ftsIntegrity(backend);
  });

  it('sets the reading direction with the language', async () => {
    const { backend, article } = await withArticle();
    const result = await backend.dispatch('articles.update', { id: article.id, language: 'ps' });
    expect(result).toMatchObject({ ok: true, value: { language: 'ps', direction: 'rtl' } });
  });

  it('recomputes the URL key and clears the URL when given an empty one', async () => {
    const { backend, article } = await withArticle();
    const key = () => backend.workspace.db.prepare('SELECT url_key FROM article WHERE id = ?').pluck().get(article.id);
    await backend.dispatch('articles.update', { id: article.id, url: 'https://www.Example.org/khyber/?utm_source=x' });
    expect(key()).toBe('example.org/khyber');
    const cleared = await backend.dispatch('articles.update', { id: article.id, url: '' });
    expect(cleared).toMatchObject({ ok: true, value: { url: null } });
    expect(key()).toBeNull();
  });

  it('refuses an address another article already has, blaming the URL', async () => {
    const { backend, article } = await withArticle();
    const other = await create(backend, { title: 'Other', body: 'Other text.', url: 'https://example.org/other' });
    const result = await backend.dispatch('articles.update', { id: article.id, url: 'https://example.org/other?utm_medium=x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'url' } });
    expect((result as { error: { message: string } }).error.message).toContain(other.title);
  });

  it('leaves an unchanged article alone', async () => {
    const { backend, article } = await withArticle();
    const result = await backend.dispatch('articles.update', { id: article.id, title: article.title, outlet: 'Dawn' });
    expect(result).toMatchObject({ ok: true, value: { updated_at: null } });
  });

  it('answers not_found for an unknown article', async () => {
    const backend = start();
    expect(await backend.dispatch('articles.update', { id: MISSING_ID, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' },
    });
    expect(await backend.dispatch('articles.delete', { id: MISSING_ID })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' },
    });
  });

  it('names the field of invalid metadata and stores nothing', async () => {
    const { backend, article } = await withArticle();
    const result = await backend.dispatch('articles.update', { id: article.id, title: 'New', published_at: 'last Tuesday' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'published_at' } });
    expect(await backend.dispatch('articles.get', { id: article.id })).toMatchObject({ value: { title: article.title } });
  });

  it('deletes the article with its index entry and revisions', async () => {
    const { backend, article } = await withArticle();
    const { db } = backend.workspace;
    db.prepare(
      `INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
       VALUES (?, 0, 'Old', 'Old text.', 'old-hash', '2025-04-01T00:00:00Z', '2025-04-02T00:00:00Z')`,
    ).run(article.id);
    const keep = await create(backend, { title: 'Kept', body: 'The crossing stays open.' });

    expect(await backend.dispatch('articles.delete', { id: article.id })).toEqual({
      ok: true,
      value: { id: article.id, title: article.title },
    });
    expect(await backend.dispatch('articles.get', { id: article.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ftsHits(backend, 'crossing')).toEqual([rowidOf(backend, keep.id)]);
    expect(db.prepare('SELECT count(*) FROM article_revision').pluck().get()).toBe(0);
    ftsIntegrity(backend);
  });

  it('offers outlets and languages with their counts', async () => {
    const backend = start();
    await create(backend, { title: 'A', body: 'First text.', outlet: 'Dawn' });
    await create(backend, { title: 'B', body: 'Second text.', outlet: 'Dawn' });
    await create(backend, { title: 'C', body: 'Third text.', outlet: 'Tolo News' });
    await create(backend, { title: 'D', body: 'پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔' });
    expect(await backend.dispatch('articles.facets', {})).toEqual({
      ok: true,
      value: {
        outlets: [
          { value: 'Dawn', count: 2 },
          { value: 'Tolo News', count: 1 },
        ],
        languages: [
          { value: 'en', count: 3 },
          { value: 'ur', count: 1 },
        ],
      },
    });
  });

  it('lists through the dispatcher with filters and refuses an impossible date', async () => {
    const backend = start();
    await create(backend, { title: 'A', body: 'First text.', outlet: 'Dawn' });
    await create(backend, { title: 'B', body: 'Second text.', outlet: 'Tolo News' });
    expect(await backend.dispatch('articles.list', { filters: { outlets: ['Tolo News'] } })).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ title: 'B' }] },
    });
    expect(await backend.dispatch('articles.list', { filters: { published_from: '2025-02-30' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'filters.published_from' },
    });
  });
});
