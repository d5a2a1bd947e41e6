import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract.js';
import { useBackend } from '../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';

const article = {
  title: 'Pakistan, Afghanistan revive JCC talks',
  body: readFixture(JCC_ARTICLE),
  outlet: 'WE News English',
  url: 'https://wenewsenglish.pk/jcc-kabul',
  published_at: '2025-04-17',
};

// One valid and one invalid input for every channel; a new channel without both fails here.
const cases: Record<string, { valid: (ids: { articleId: string }) => unknown; invalid: unknown; field: string }> = {
  'workspace.info': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'articles.create': { valid: () => ({ ...article, body: `${article.body}\nExtra line.` }), invalid: { title: 'x', body: '   ' }, field: 'body' },
  'articles.list': { valid: () => ({ limit: 10 }), invalid: { limit: 0 }, field: 'limit' },
  'articles.get': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'articles.update': { valid: ({ articleId }) => ({ id: articleId, outlet: 'Dawn' }), invalid: { id: 'nope' }, field: 'id' },
  'articles.delete': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'articles.facets': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'articles.revisions': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'import.file': {
    valid: () => ({ name: 'talks.txt', data: Buffer.from('Talks resume\n\nISLAMABAD: Officials met.').toString('base64') }),
    invalid: { name: '', data: '' },
    field: 'name',
  },
  'search.query': { valid: () => ({ query: 'Kabul' }), invalid: { query: '   ' }, field: 'query' },
};

describe('dispatcher', () => {
  const backend = useBackend();

  it('has a valid and an invalid case for every channel', async () => {
    expect(Object.keys(cases).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    it(`answers ${channel} with a value that matches the contract`, async () => {
      const { dispatch } = backend();
      const created = await dispatch('articles.create', article);
      if (!created.ok) throw new Error(created.error.message);
      const result = await dispatch(channel, cases[channel]!.valid({ articleId: (created.value as { id: string }).id }));
      expect(result).toMatchObject({ ok: true });
    });

    it(`refuses invalid input on ${channel} with invalid_input naming the field`, async () => {
      const { dispatch } = backend();
      const result = await dispatch(channel, cases[channel]!.invalid);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      if (cases[channel]!.field) expect(result.error.field).toBe(cases[channel]!.field);
      expect(result.error.message.length).toBeGreaterThan(5);
    });
  }

  it('refuses an unknown channel', async () => {
    const result = await backend().dispatch('articles.explode', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
  });

  it('refuses a whitespace-only article and writes nothing', async () => {
    const { dispatch, workspace } = backend();
    const result = await dispatch('articles.create', { title: 'Empty', body: ' \n\t \n' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'body' } });
    expect(workspace.db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(0);
  });

  it('reports the same text twice as a conflict and keeps one copy', async () => {
    const { dispatch, workspace } = backend();
    expect((await dispatch('articles.create', article)).ok).toBe(true);
    const again = await dispatch('articles.create', { ...article, title: 'Another title' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(workspace.db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(1);
  });

  it('answers not_found for an article that does not exist', async () => {
    const result = await backend().dispatch('articles.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('rolls back every write of a handler that fails midway', async () => {
    const { dispatch, workspace } = backend();
    // The FTS row is written after the article row: without its table the second step fails.
    workspace.db.exec('DROP TABLE article_fts');
    const result = await dispatch('articles.create', article);
    expect(result.ok).toBe(false);
    expect(workspace.db.prepare('SELECT count(*) FROM article').pluck().get()).toBe(0);
  });
});
