import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating, BODY } from './annotatingHarness.js';

const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const EMPTY = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** Runs `change`, then checks undo restores the rows before it and redo the rows after it. */
async function undoesAndRedoes(h: ReturnType<typeof annotating>, label: string, change: () => Promise<unknown>) {
  const before = h.snapshot();
  await change();
  const after = h.snapshot();
  expect(after).not.toEqual(before);
  expect(await h.ok('history.state', {})).toMatchObject({ canUndo: true, undoLabel: label });
  expect(await h.ok('history.undo', {})).toMatchObject({ canRedo: true, redoLabel: label });
  expect(h.snapshot()).toEqual(before);
  expect(await h.ok('history.redo', {})).toMatchObject({ canUndo: true, undoLabel: label });
  expect(h.snapshot()).toEqual(after);
}

describe('history.* channels', () => {
  const backend = useBackend();

  it('starts with nothing to undo or redo, and says so when asked to', async () => {
    const h = annotating(backend());
    expect(await h.ok('history.state', {})).toEqual(EMPTY);
    expect(await h.fails('history.undo', {})).toMatchObject({ code: 'conflict', message: 'Nothing to undo.' });
    expect(await h.fails('history.redo', {})).toMatchObject({ code: 'conflict', message: 'Nothing to redo.' });
  });

  it('undoes and redoes creating a highlight', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const ttp = await h.tagNamed('TTP');
    await undoesAndRedoes(h, 'Create highlight', () =>
      h.ok('annotations.create', { article_id: articleId, ...span('TTP'), tag_ids: [ttp.id], note: 'n' }));
  });

  it('undoes and redoes editing a highlight', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const [ttp, jcc] = [await h.tagNamed('TTP'), await h.tagNamed('JCC')];
    const created = await h.ok('annotations.create', { article_id: articleId, ...span('TTP'), tag_ids: [ttp.id] });
    await undoesAndRedoes(h, 'Edit highlight', () =>
      h.ok('annotations.update', { id: created.id, tag_ids: [jcc.id, ttp.id], note: 'changed', colour: '#123456' }));
  });

  it('undoes and redoes deleting a highlight, tags and note included', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const [ttp, jcc] = [await h.tagNamed('TTP'), await h.tagNamed('JCC')];
    const created = await h.ok('annotations.create', { article_id: articleId, ...span('TTP'), tag_ids: [jcc.id, ttp.id], note: 'why' });
    await undoesAndRedoes(h, 'Delete highlight', () => h.ok('annotations.delete', { id: created.id }));
  });

  it('undoes and redoes merging tags', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const [border, diplomacy] = [await h.tagNamed('Border & crossings'), await h.tagNamed('Diplomacy & talks')];
    await h.ok('annotations.create', { article_id: articleId, ...span('Torkham'), tag_ids: [border.id, diplomacy.id] });
    await h.ok('annotations.create', { article_id: articleId, ...span('Kabul'), tag_ids: [border.id] });
    await undoesAndRedoes(h, 'Merge tags', () => h.ok('tags.merge', { from: border.id, into: diplomacy.id }));
  });

  it('undoes and redoes deleting a tag whose highlights and sub-tags move', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const [border, trade] = [await h.tagNamed('Border & crossings'), await h.tagNamed('Trade & transit')];
    await h.ok('annotations.create', { article_id: articleId, ...span('Torkham'), tag_ids: [border.id] });
    await undoesAndRedoes(h, 'Delete tag', () => h.ok('tags.delete', { id: border.id, move_to: trade.id }));
  });

  it('undoes and redoes creating, editing and moving a tag', async () => {
    const h = annotating(backend());
    const security = await h.tagNamed('Security & militancy');
    await undoesAndRedoes(h, 'Create tag', () => h.ok('tags.create', { name: 'Lashkar', parent_id: security.id }));
    const ttp = await h.tagNamed('TTP');
    await undoesAndRedoes(h, 'Edit tag', () => h.ok('tags.update', { id: ttp.id, parent_id: null, name: 'Pakistani Taliban' }));
  });

  it('undoes an article note edit, and search finds the earlier note again', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    await h.ok('notes.setArticle', { article_id: articleId, body: 'Watch the quadrilateral format' });
    await undoesAndRedoes(h, 'Edit article note', () =>
      h.ok('notes.setArticle', { article_id: articleId, body: 'Ceasefire brokered in Doha' }));
    await h.ok('history.undo', {});
    expect((await h.ok('search.query', { query: 'quadrilateral' })).total).toBe(1);
    expect((await h.ok('search.query', { query: 'Doha' })).total).toBe(0);
    await h.ok('history.undo', {});
    expect((await h.ok('search.query', { query: 'quadrilateral' })).total).toBe(0);
    expect(await h.ok('notes.getArticle', { article_id: articleId })).toMatchObject({ body: '' });
  });

  it('undoes steps newest first and a new change clears what could be redone', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const first = await h.ok('annotations.create', { article_id: articleId, ...span('TTP') });
    await h.ok('annotations.update', { id: first.id, note: 'edited' });
    expect(await h.ok('history.undo', {})).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Create highlight', redoLabel: 'Edit highlight' });
    expect((await h.ok('annotations.list', { article_id: articleId }))[0]!.note).toBe('');
    await h.ok('annotations.create', { article_id: articleId, ...span('Kabul') });
    expect(await h.ok('history.state', {})).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Create highlight', redoLabel: null });
    await h.ok('history.undo', {});
    await h.ok('history.undo', {});
    expect(h.count('SELECT count(*) FROM annotation')).toBe(0);
    expect(await h.ok('history.state', {})).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('adds no step for a change that changes nothing, nor for a refused one', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    const created = await h.ok('annotations.create', { article_id: articleId, ...span('TTP'), note: 'same' });
    await h.ok('history.undo', {});
    await h.ok('history.redo', {});
    await h.ok('annotations.update', { id: created.id, note: 'same' });
    await h.fails('tags.create', { name: 'Humanitarian' });
    expect(await h.ok('history.state', {})).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Create highlight', redoLabel: null });
  });

  it('forgets the history when an article is deleted with its highlights', async () => {
    const h = annotating(backend());
    const articleId = await h.article();
    await h.ok('annotations.create', { article_id: articleId, ...span('TTP') });
    await h.ok('articles.delete', { id: articleId });
    expect(await h.ok('history.state', {})).toEqual(EMPTY);
  });
});
