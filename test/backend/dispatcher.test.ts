import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract.js';
import type { Backend } from '../../electron/backend/app.js';
import { useBackend } from '../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, encodeBundle } from '../../electron/backend/exchange/bundleFormat.js';

const article = {
  title: 'Pakistan, Afghanistan revive JCC talks',
  body: readFixture(JCC_ARTICLE),
  outlet: 'WE News English',
  url: 'https://wenewsenglish.pk/jcc-kabul',
  published_at: '2025-04-17',
};

// One valid and one invalid input for every channel; a new channel without both fails here.
type Ids = { articleId: string; tagId: string; otherTagId: string; annotationId: string; statementId: string; noteId: string; citationId: string; backupName: string };
const cases: Record<string, { valid: (ids: Ids) => unknown; invalid: unknown; field: string }> = {
  'workspace.info': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'articles.create': { valid: () => ({ ...article, body: `${article.body}\nExtra line.` }), invalid: { title: 'x', body: '   ' }, field: 'body' },
  'articles.list': { valid: () => ({ limit: 10 }), invalid: { limit: 0 }, field: 'limit' },
  'articles.get': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'articles.open': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'articles.update': { valid: ({ articleId }) => ({ id: articleId, outlet: 'Dawn' }), invalid: { id: 'nope' }, field: 'id' },
  'articles.delete': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'articles.facets': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'articles.revisions': { valid: ({ articleId }) => ({ id: articleId }), invalid: { id: 'nope' }, field: 'id' },
  'import.file': {
    valid: () => ({ name: 'talks.txt', data: Buffer.from('Talks resume\n\nISLAMABAD: Officials met.').toString('base64') }),
    invalid: { name: '', data: '' },
    field: 'name',
  },
  'import.files': {
    valid: () => ({ files: [{ name: 'border.txt', data: Buffer.from('Border reopens\n\nTORKHAM: The crossing reopened.').toString('base64') }] }),
    invalid: { files: [] },
    field: 'files',
  },
  'search.query': { valid: () => ({ query: 'Kabul' }), invalid: { query: '   ' }, field: 'query' },
  'tags.list': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'tags.create': { valid: () => ({ name: 'Kurram' }), invalid: { name: ' ' }, field: 'name' },
  'tags.update': { valid: ({ tagId }) => ({ id: tagId, colour: '#123456' }), invalid: { id: 'nope' }, field: 'id' },
  'tags.merge': { valid: ({ tagId, otherTagId }) => ({ from: otherTagId, into: tagId }), invalid: { from: 'nope', into: 'nope' }, field: 'from' },
  'tags.delete': { valid: ({ tagId, otherTagId }) => ({ id: tagId, move_to: otherTagId }), invalid: { id: 'nope' }, field: 'id' },
  'annotations.create': { valid: ({ articleId }) => ({ article_id: articleId, start: 0, end: 9 }), invalid: { article_id: 'nope', start: 0, end: 1 }, field: 'article_id' },
  'annotations.list': { valid: ({ articleId }) => ({ article_id: articleId }), invalid: {}, field: 'article_id' },
  'annotations.update': { valid: ({ annotationId }) => ({ id: annotationId, note: 'why' }), invalid: { id: 'nope' }, field: 'id' },
  'annotations.delete': { valid: ({ annotationId }) => ({ id: annotationId }), invalid: { id: 'nope' }, field: 'id' },
  'annotations.reattach': { valid: ({ annotationId }) => ({ id: annotationId, start: 0, end: 9 }), invalid: { id: 'nope', start: 0, end: 1 }, field: 'id' },
  'annotations.orphans': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'notes.getArticle': { valid: ({ articleId }) => ({ article_id: articleId }), invalid: { article_id: 'nope' }, field: 'article_id' },
  'notes.setArticle': { valid: ({ articleId }) => ({ article_id: articleId, body: 'Note' }), invalid: { article_id: 'nope', body: 'x' }, field: 'article_id' },
  'history.state': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  // The setup's last step is undone, then redone.
  'history.undo': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'history.redo': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'sides.list': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'sides.create': { valid: () => ({ name: 'China', colour: '#aa0000' }), invalid: { name: ' ', colour: '#aa0000' }, field: 'name' },
  'sides.update': { valid: () => ({ id: 'other', name: 'Others' }), invalid: { id: 'Not a slug' }, field: 'id' },
  'sides.setCompared': { valid: () => ({ compared: ['afghanistan', 'pakistan'] }), invalid: { compared: ['pakistan', 'pakistan'] }, field: 'compared' },
  'actors.list': { valid: () => ({ query: 'Dar' }), invalid: { side_id: 'Pakistan!' }, field: 'side_id' },
  'actors.get': { valid: () => ({ id: 'pk-ishaq-dar' }), invalid: {}, field: 'id' },
  'actors.create': { valid: () => ({ name: 'Tahir Khan' }), invalid: { name: '' }, field: 'name' },
  'actors.update': { valid: () => ({ id: 'pk-ishaq-dar', name: 'Ishaq Dar' }), invalid: { id: 'pk-ishaq-dar', kind: 'robot' }, field: 'kind' },
  'actors.merge': { valid: () => ({ from: 'pk-ishaq-dar', into: 'pk-shehbaz-sharif' }), invalid: { from: 'pk-ishaq-dar', into: 'pk-ishaq-dar' }, field: 'into' },
  'statements.create': { valid: ({ annotationId }) => ({ annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'direct' }), invalid: { annotation_id: 'nope', actor_id: 'pk-ishaq-dar', kind: 'direct' }, field: 'annotation_id' },
  'statements.update': { valid: ({ statementId }) => ({ id: statementId, stance: 'neutral' }), invalid: { id: 'nope' }, field: 'id' },
  'statements.delete': { valid: ({ statementId }) => ({ id: statementId }), invalid: { id: 'nope' }, field: 'id' },
  'statements.list': { valid: ({ articleId }) => ({ article_id: articleId }), invalid: {}, field: 'article_id' },
  'suggestions.list': { valid: ({ articleId }) => ({ article_id: articleId }), invalid: {}, field: 'article_id' },
  'suggestions.accept': { valid: ({ articleId }) => ({ article_id: articleId, start: 0, end: 9, kind: 'reported', speaker_text: 'Officials' }), invalid: { article_id: 'nope', start: 0, end: 1, kind: 'direct', speaker_text: 'X' }, field: 'article_id' },
  'suggestions.reject': { valid: ({ articleId }) => ({ article_id: articleId, start: 0, end: 9 }), invalid: { article_id: 'nope', start: 0, end: 1 }, field: 'article_id' },
  'suggestions.acceptAll': { valid: ({ articleId }) => ({ article_id: articleId, min_confidence: 0.9 }), invalid: { article_id: 'nope' }, field: 'article_id' },
  'compare.matrix': { valid: () => ({ filters: { from: '2025-01-01', text: 'Kabul' }, per_cell: 5 }), invalid: { per_cell: 500 }, field: 'per_cell' },
  'compare.cell': { valid: ({ tagId }) => ({ topic_id: tagId, side_id: 'pakistan', limit: 10 }), invalid: { topic_id: '', side_id: 'Pakistan!' }, field: 'side_id' },
  'compare.timeline': { valid: () => ({ bucket: 'week' }), invalid: { bucket: 'day' }, field: 'bucket' },
  'compare.setSummary': { valid: ({ tagId }) => ({ topic_id: tagId, side_id: 'pakistan', body: 'Wants the border open.' }), invalid: { topic_id: '', side_id: 'pakistan', body: 5 }, field: 'body' },
  'briefings.list': { valid: () => ({ query: 'Kabul' }), invalid: { query: 5 }, field: 'query' },
  'briefings.create': { valid: () => ({ title: 'Kabul talks', caveat: 'OFFICIAL', note_date: '2025-04-18' }), invalid: { title: ' ' }, field: 'title' },
  'briefings.get': { valid: ({ noteId }) => ({ id: noteId }), invalid: { id: 'nope' }, field: 'id' },
  'briefings.update': { valid: ({ noteId }) => ({ id: noteId, body: '# Talks' }), invalid: { id: 'nope', body: 'x' }, field: 'id' },
  'briefings.delete': { valid: ({ noteId }) => ({ id: noteId }), invalid: { id: 'nope' }, field: 'id' },
  'briefings.cite': {
    valid: ({ noteId, statementId }) => ({ note_id: noteId, kind: 'quote', target: { type: 'statement', id: statementId } }),
    invalid: { note_id: 'nope', kind: 'quote', target: { type: 'statement', id: '00000000-0000-4000-8000-000000000000' } },
    field: 'note_id',
  },
  'briefings.refreshCitation': { valid: ({ citationId }) => ({ id: citationId }), invalid: { id: 'nope' }, field: 'id' },
  'export.briefing': { valid: ({ noteId }) => ({ id: noteId, format: 'md' }), invalid: { id: 'nope', format: 'md' }, field: 'id' },
  'export.annotations': { valid: ({ articleId }) => ({ format: 'w3c', article_ids: [articleId] }), invalid: { format: 'xlsx' }, field: 'format' },
  'bundle.export': { valid: ({ articleId }) => ({ article_ids: [articleId] }), invalid: { article_ids: [] }, field: 'article_ids' },
  'bundle.import': {
    valid: () => ({ name: 'empty.parallax-bundle', data: encodeBundle({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exported_at: '2025-04-18T00:00:00.000Z', schema_version: 60, articles: [], tags: [], annotations: [], sides: [], actors: [], statements: [], notes: [] }).toString('base64') }),
    invalid: { name: ' ', data: '' },
    field: 'name',
  },
  'backups.list': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'backups.create': { valid: () => ({}), invalid: { extra: 1 }, field: '' },
  'backups.restore': { valid: ({ backupName }) => ({ name: backupName }), invalid: { name: '' }, field: 'name' },
};

/** An article with one tagged highlight and a statement on another, a note citing it, and the ids the cases refer to. */
async function seed(dispatch: Backend['dispatch']): Promise<Ids> {
  const value = async (channel: string, input: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as never;
  };
  const { id: articleId } = await value('articles.create', article);
  const tags = (await value('tags.list', {})) as { id: string; parent_id: string | null }[];
  const [tag, other] = tags.filter((t) => t.parent_id === null);
  const { id: annotationId } = await value('annotations.create', { article_id: articleId, start: 0, end: 9, tag_ids: [tag!.id] });
  const { id: marked } = await value('annotations.create', { article_id: articleId, start: 10, end: 20 });
  const { id: statementId } = await value('statements.create', { annotation_id: marked, actor_id: 'pk-ishaq-dar', kind: 'reported' });
  const { id: noteId } = await value('briefings.create', { title: 'Kabul talks' });
  const { citation } = await value('briefings.cite', { note_id: noteId, kind: 'quote', target: { type: 'statement', id: statementId } });
  const { name: backupName } = (await value('backups.create', {})) as { name: string };
  return { articleId, tagId: tag!.id, otherTagId: other!.id, annotationId, statementId, noteId, citationId: (citation as { id: string }).id, backupName };
}

describe('dispatcher', () => {
  const backend = useBackend();

  it('has a valid and an invalid case for every channel', async () => {
    expect(Object.keys(cases).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    it(`answers ${channel} with a value that matches the contract`, async () => {
      const { dispatch } = backend();
      const ids = await seed(dispatch);
      if (channel === 'history.redo') await dispatch('history.undo', {});
      const result = await dispatch(channel, cases[channel]!.valid(ids));
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
