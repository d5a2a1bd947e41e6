import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating } from '../handlers/annotatingHarness.js';

const URL = 'https://www.dawn.com/news/torkham-reopens';
const V1 =
  'ISLAMABAD: Pakistan and Afghanistan agreed on Monday to reopen the Torkham crossing after two days of talks in Kabul.\n\n' +
  'The Joint Coordination Committee will meet again next month to discuss the TTP and refugee returns.\n\n' +
  'Traders welcomed the decision but warned that losses had already run into millions of rupees.';
// A paragraph inserted in the middle, the last one deleted.
const V2 =
  'ISLAMABAD: Pakistan and Afghanistan agreed on Monday to reopen the Torkham crossing after two days of talks in Kabul.\n\n' +
  'Officials on both sides confirmed the date in separate statements.\n\n' +
  'The Joint Coordination Committee will meet again next month to discuss the TTP and refugee returns.';

const jsonFile = (name: string, body: string) => ({
  name,
  data: Buffer.from(JSON.stringify([{ title: 'Torkham to reopen', body, url: URL }])).toString('base64'),
});

describe('re-anchoring highlights when an article gets a new revision', () => {
  const backend = useBackend();

  async function annotatedArticle() {
    const h = annotating(backend());
    const imported = await h.ok('import.file', jsonFile('v1.json', V1));
    const articleId = imported.items[0]!.id;
    const body = (await h.ok('articles.get', { id: articleId })).body;
    const at = (text: string) => ({ article_id: articleId, start: body.indexOf(text), end: body.indexOf(text) + text.length });
    const torkham = await h.tagNamed('Torkham');
    const kept = await h.ok('annotations.create', { ...at('reopen the Torkham crossing'), tag_ids: [torkham.id] });
    const moved = await h.ok('annotations.create', { ...at('Joint Coordination Committee'), tag_ids: [torkham.id], note: 'talks' });
    const lost = await h.ok('annotations.create', { ...at('losses had already run into millions of rupees'), note: 'cost' });
    return { h, articleId, moved, kept, lost };
  }

  it('marks each highlight anchored, moved or orphaned and deletes none', async () => {
    const { h, articleId, moved, kept, lost } = await annotatedArticle();
    expect(await h.ok('import.file', jsonFile('v2.json', V2))).toMatchObject({ status: 'updated' });
    const body = (await h.ok('articles.get', { id: articleId })).body;
    const list = await h.ok('annotations.list', { article_id: articleId });
    expect(list.map((a) => [a.id, a.status])).toEqual([[kept.id, 'anchored'], [moved.id, 'moved'], [lost.id, 'orphaned']]);
    const [, placed, orphan] = list;
    expect(body.slice(placed!.start, placed!.end)).toBe('Joint Coordination Committee');
    expect(placed!.start).toBeGreaterThan(moved.start);
    expect(placed!.prefix).toBe(body.slice(Math.max(0, placed!.start - placed!.prefix.length), placed!.start));
    expect(placed).toMatchObject({ note: 'talks', tag_ids: moved.tag_ids });
    expect(list[0]).toMatchObject({ start: kept.start, end: kept.end, exact: kept.exact });
    expect(orphan).toMatchObject({ exact: 'losses had already run into millions of rupees', note: 'cost' });
  });

  it('forgets the undo history, whose recorded rows predate the new text', async () => {
    const { h } = await annotatedArticle();
    expect((await h.ok('history.state', {})).canUndo).toBe(true);
    await h.ok('import.file', jsonFile('v2.json', V2));
    expect(await h.ok('history.state', {})).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('lists the orphans for review with their article title, and re-attaches one', async () => {
    const { h, lost } = await annotatedArticle();
    await h.ok('import.file', jsonFile('v2.json', V2));
    const orphans = await h.ok('annotations.orphans', {});
    expect(orphans).toEqual([expect.objectContaining({ id: lost.id, article_title: 'Torkham to reopen', status: 'orphaned' })]);
    const body = (await h.ok('articles.get', { id: lost.article_id })).body;
    const start = body.indexOf('refugee returns');
    await h.ok('annotations.reattach', { id: lost.id, start, end: start + 'refugee returns'.length });
    expect(await h.ok('annotations.orphans', {})).toEqual([]);
  });

  it('keeps the search index in step with the re-anchored quote', async () => {
    const { h } = await annotatedArticle();
    await h.ok('import.file', jsonFile('v2.json', V2));
    // The orphan keeps its quote, so the analyst can still find it.
    expect((await h.ok('search.query', { query: 'rupees' })).total).toBe(1);
  });
});
