import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import { BUNDLE_FORMAT } from '../../../electron/backend/exchange/bundleFormat.js';
import { useBackend } from '../../helpers/backend.js';
import { annotating } from '../handlers/annotatingHarness.js';

const newBackend = useBackend();
const URL = 'https://example.org/news/torkham-reopens';
const TEXT_1 =
  'ISLAMABAD: Pakistan and Afghanistan agreed to reopen the Torkham crossing after talks in Kabul.\n\n' +
  'The Joint Coordination Committee will meet again next month to discuss the TTP.';
const TEXT_2 = `${TEXT_1}\n\nOfficials said trade would resume within days.`;
const TEXT_3 = `${TEXT_1}\n\nTraders welcomed the news on Sunday.`;

type Api = ReturnType<typeof annotating>;

/** Imports a text at the address: a second text becomes a revision of the same article. */
async function importText(api: Api, body: string): Promise<string> {
  const data = Buffer.from(JSON.stringify([{ title: 'Torkham to reopen', body, url: URL, outlet: 'Dawn' }])).toString('base64');
  const result = await api.ok('import.file', { name: 'torkham.json', data });
  return result.items[0]!.id;
}

/** Workspace A: an article with two highlights (one with two tags), two statements, a new actor and a note. */
async function seeded() {
  const backend = newBackend();
  const api = annotating(backend);
  const articleId = await importText(api, TEXT_1);
  const parent = (await api.ok('tags.list', {})).find((t) => t.parent_id === null)!;
  const child = await api.ok('tags.create', { name: 'Border crossings', parent_id: parent.id, colour: '#123456' });
  const topic = await api.ok('tags.create', { name: 'Bundle topic', colour: '#654321' });
  const speaker = await api.ok('actors.create', { name: 'Zarina Exampleova', side_id: 'pakistan', aliases: [{ alias: 'Z. Exampleova', language: 'en' }] });
  const start = TEXT_1.indexOf('Pakistan and Afghanistan agreed');
  const first = await api.ok('annotations.create', { article_id: articleId, start, end: start + 40, tag_ids: [child.id, topic.id], note: 'key line' });
  const second = TEXT_1.indexOf('The Joint Coordination');
  const other = await api.ok('annotations.create', { article_id: articleId, start: second, end: second + 35 });
  const statement = await api.ok('statements.create', { annotation_id: first.id, actor_id: speaker.id, kind: 'reported', stance: 'conciliatory' });
  await api.ok('statements.create', { annotation_id: other.id, speaker_text: 'A committee member', kind: 'direct', responds_to: statement.id });
  await api.ok('notes.setArticle', { article_id: articleId, body: 'Watch the **JCC**.' });
  return { backend, api, articleId, first };
}

async function exported(api: Api, articleId: string) {
  const file = await api.ok('bundle.export', { article_ids: [articleId] });
  return { name: file.file_name, data: file.data };
}

/** What a reader sees of one article, with tags by name so two workspaces compare. */
async function view(backend: Backend, api: Api, articleId: string) {
  const tagNames = new Map((await api.ok('tags.list', {})).map((t) => [t.id, t.name]));
  const named = (ids: string[]) => ids.map((id) => tagNames.get(id));
  const article = await api.ok('articles.get', { id: articleId });
  const annotations = (await api.ok('annotations.list', { article_id: articleId })).map(({ tag_ids, ...a }) => ({ ...a, tags: named(tag_ids) }));
  const statements = (await api.ok('statements.list', { article_id: articleId })).map(({ tag_ids, ...s }) => ({ ...s, tags: named(tag_ids) }));
  const note = await api.ok('notes.getArticle', { article_id: articleId });
  const tagColours = backend.workspace.db
    .prepare(`SELECT name, colour FROM tag WHERE name IN ('Border crossings', 'Bundle topic') ORDER BY name`)
    .all();
  return { article, annotations, statements, note, tagColours };
}

const tableCounts = (backend: Backend) =>
  Object.fromEntries(
    ['article', 'article_revision', 'annotation', 'annotation_tag', 'tag', 'statement', 'actor', 'note'].map((t) => [
      t,
      backend.workspace.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
    ]),
  );

describe('exchange bundles', () => {
  it('writes gzip-compressed JSON naming its format', async () => {
    const { api, articleId } = await seeded();
    const file = await api.ok('bundle.export', { article_ids: [articleId] });
    expect(file.file_name).toMatch(/\.parallax-bundle$/);
    const bundle = JSON.parse(gunzipSync(Buffer.from(file.data, 'base64')).toString('utf8'));
    expect(bundle).toMatchObject({ format: BUNDLE_FORMAT, version: 1 });
    expect(bundle.annotations[0].tags.map((path: string[]) => path.at(-1))).toEqual(['Border crossings', 'Bundle topic']);
  });

  it('carries articles, highlights, tags, statements and notes into another workspace unchanged', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    const result = await bApi.ok('bundle.import', await exported(a.api, a.articleId));
    expect(result).toEqual({
      articles: { added: 1, updated: 0, unchanged: 0 },
      annotations: { added: 2, updated: 0, unchanged: 0 },
      statements: { added: 2, updated: 0, unchanged: 0 },
      notes: { added: 1, updated: 0, unchanged: 0 },
      tags: { added: 2, unchanged: 1 },
      actors: { added: 1, unchanged: 0 },
    });
    expect(await view(b, bApi, a.articleId)).toEqual(await view(a.backend, a.api, a.articleId));
    expect((await bApi.ok('actors.get', { id: (await a.api.ok('statements.list', { article_id: a.articleId }))[0]!.actor_id! })).aliases).toEqual([
      { alias: 'Z. Exampleova', language: 'en' },
    ]);
  });

  it('adds nothing on a second import of the same bundle', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    const bundle = await exported(a.api, a.articleId);
    await bApi.ok('bundle.import', bundle);
    const before = tableCounts(b);
    const again = await bApi.ok('bundle.import', bundle);
    expect(tableCounts(b)).toEqual(before);
    expect(again).toEqual({
      articles: { added: 0, updated: 0, unchanged: 1 },
      annotations: { added: 0, updated: 0, unchanged: 2 },
      statements: { added: 0, updated: 0, unchanged: 2 },
      notes: { added: 0, updated: 0, unchanged: 1 },
      tags: { added: 0, unchanged: 3 },
      actors: { added: 0, unchanged: 1 },
    });
  });

  it('takes newer versions of changed items and keeps the earlier text as a revision', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    await bApi.ok('bundle.import', await exported(a.api, a.articleId));
    await importText(a.api, TEXT_2);
    await a.api.ok('annotations.update', { id: a.first.id, note: 'the key line, revisited' });
    await a.api.ok('notes.setArticle', { article_id: a.articleId, body: 'Watch the JCC and trade.' });
    const result = await bApi.ok('bundle.import', await exported(a.api, a.articleId));
    expect(result.articles).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(result.annotations.updated).toBeGreaterThanOrEqual(1);
    expect(result.notes).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await bApi.ok('articles.get', { id: a.articleId })).body).toBe(TEXT_2);
    expect((await bApi.ok('articles.revisions', { id: a.articleId })).map((r) => r.body)).toEqual([TEXT_1]);
    expect(await view(b, bApi, a.articleId)).toEqual(await view(a.backend, a.api, a.articleId));
  });

  it('keeps a newer text here and stores the bundle’s older one as a revision, re-anchoring its highlights', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    await bApi.ok('bundle.import', await exported(a.api, a.articleId));
    await importText(a.api, TEXT_2);
    await importText(bApi, TEXT_3);
    a.backend.workspace.db.prepare(`UPDATE article SET updated_at = '2025-01-01T00:00:00.000Z'`).run();
    b.workspace.db.prepare(`UPDATE article SET updated_at = '2025-06-01T00:00:00.000Z'`).run();
    const result = await bApi.ok('bundle.import', await exported(a.api, a.articleId));
    expect(result.articles).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await bApi.ok('articles.get', { id: a.articleId })).body).toBe(TEXT_3);
    expect((await bApi.ok('articles.revisions', { id: a.articleId })).map((r) => r.body).sort()).toEqual([TEXT_1, TEXT_2].sort());
    for (const highlight of await bApi.ok('annotations.list', { article_id: a.articleId })) {
      expect(TEXT_3.slice(highlight.start, highlight.end)).toBe(highlight.exact);
    }
  });

  it('refuses a file that is not a bundle and changes nothing', async () => {
    const b = newBackend();
    const bApi = annotating(b);
    const before = tableCounts(b);
    const notGzip = await bApi.fails('bundle.import', { name: 'x.parallax-bundle', data: Buffer.from('hello').toString('base64') });
    expect(notGzip).toMatchObject({ code: 'unsupported_format' });
    expect(notGzip.message).toMatch(/not gzip-compressed/);
    const wrongFormat = gzipSync(JSON.stringify({ format: 'something-else' })).toString('base64');
    expect((await bApi.fails('bundle.import', { name: 'y.parallax-bundle', data: wrongFormat })).message).toMatch(/"format": "parallax-bundle"/);
    expect(tableCounts(b)).toEqual(before);
  });

  it('refuses a bundle with a dangling reference before writing anything', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    const bundle = JSON.parse(gunzipSync(Buffer.from((await exported(a.api, a.articleId)).data, 'base64')).toString('utf8'));
    bundle.statements[0].annotation_id = '00000000-0000-4000-8000-000000000000';
    const before = tableCounts(b);
    const error = await bApi.fails('bundle.import', { name: 'bad.parallax-bundle', data: gzipSync(JSON.stringify(bundle)).toString('base64') });
    expect(error.message).toMatch(/refers to highlight “00000000-0000-4000-8000-000000000000”/);
    expect(tableCounts(b)).toEqual(before);
  });

  it('writes nothing when the store refuses an item half-way through', async () => {
    const a = await seeded();
    const b = newBackend();
    const bApi = annotating(b);
    const bundle = JSON.parse(gunzipSync(Buffer.from((await exported(a.api, a.articleId)).data, 'base64')).toString('utf8'));
    bundle.annotations[1].colour = 'not a colour';
    const before = tableCounts(b);
    await bApi.fails('bundle.import', { name: 'bad.parallax-bundle', data: gzipSync(JSON.stringify(bundle)).toString('base64') });
    expect(tableCounts(b)).toEqual(before);
  });
});
