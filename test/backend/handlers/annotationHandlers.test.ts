import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH } from '../../../shared/anchoring/index.js';
import { useBackend } from '../../helpers/backend.js';
import { annotating, BODY } from './annotatingHarness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });

describe('annotations.* channels', () => {
  const backend = useBackend();

  it('creates a highlight whose quote comes from the stored text', async () => {
    const { ok, tagNamed, article } = annotating(backend());
    const articleId = await article();
    const torkham = await tagNamed('Torkham');
    const created = await ok('annotations.create', { article_id: articleId, ...span('Torkham crossing'), tag_ids: [torkham.id, torkham.id], note: 'Reopening *agreed*' });
    const { start, end } = span('Torkham crossing');
    expect(created).toMatchObject({
      article_id: articleId, start, end, exact: 'Torkham crossing', note: 'Reopening *agreed*', colour: null,
      status: 'anchored', tag_ids: [torkham.id],
      prefix: BODY.slice(start - CONTEXT_LENGTH, start), suffix: BODY.slice(end, end + CONTEXT_LENGTH),
    });
  });

  it('refuses a span outside the text, a blank span, an unknown article and an unknown tag', async () => {
    const { fails, article } = annotating(backend());
    const articleId = await article();
    expect(await fails('annotations.create', { article_id: articleId, start: 5, end: BODY.length + 1 })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await fails('annotations.create', { article_id: articleId, start: 10, end: 5 })).toMatchObject({ code: 'invalid_input', field: 'end' });
    const blank = BODY.indexOf('\n\n');
    expect(await fails('annotations.create', { article_id: articleId, start: blank, end: blank + 2 })).toMatchObject({ code: 'invalid_input' });
    expect(await fails('annotations.create', { article_id: MISSING, start: 0, end: 3 })).toMatchObject({ code: 'not_found', field: 'article_id' });
    expect(await fails('annotations.create', { article_id: articleId, start: 0, end: 3, tag_ids: [MISSING] })).toMatchObject({ code: 'not_found', field: 'tag_ids' });
  });

  it('lists an article’s highlights in text order with orphans last', async () => {
    const { ok, article } = annotating(backend());
    const articleId = await article();
    const late = await ok('annotations.create', { article_id: articleId, ...span('TTP') });
    const early = await ok('annotations.create', { article_id: articleId, ...span('Pakistan') });
    const middle = await ok('annotations.create', { article_id: articleId, ...span('Kabul') });
    const overlapping = await ok('annotations.create', { article_id: articleId, ...span('Pakistan and Afghanistan') });
    expect((await ok('annotations.list', { article_id: articleId })).map((a) => a.id)).toEqual([early.id, overlapping.id, middle.id, late.id]);
  });

  it('updates tags (in the given order), note and colour, leaving what is not given', async () => {
    const { ok, tagNamed, article } = annotating(backend());
    const articleId = await article();
    const [jcc, ttp] = [await tagNamed('JCC'), await tagNamed('TTP')];
    const created = await ok('annotations.create', { article_id: articleId, ...span('Joint Coordination Committee'), tag_ids: [jcc.id], note: 'first' });
    const retagged = await ok('annotations.update', { id: created.id, tag_ids: [ttp.id, jcc.id] });
    expect(retagged).toMatchObject({ tag_ids: [ttp.id, jcc.id], note: 'first', colour: null });
    const recoloured = await ok('annotations.update', { id: created.id, colour: '#00FF00', note: 'second' });
    expect(recoloured).toMatchObject({ tag_ids: [ttp.id, jcc.id], note: 'second', colour: '#00ff00', exact: 'Joint Coordination Committee' });
    expect((await ok('annotations.update', { id: created.id, colour: null })).colour).toBeNull();
  });

  it('refuses to update or delete a highlight that does not exist', async () => {
    const { fails } = annotating(backend());
    expect(await fails('annotations.update', { id: MISSING, note: 'x' })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await fails('annotations.delete', { id: MISSING })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await fails('annotations.reattach', { id: MISSING, start: 0, end: 4 })).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('deletes a highlight with its tag joins', async () => {
    const { ok, tagNamed, article, count } = annotating(backend());
    const created = await ok('annotations.create', { article_id: await article(), ...span('TTP'), tag_ids: [(await tagNamed('TTP')).id] });
    expect(await ok('annotations.delete', { id: created.id })).toEqual({ id: created.id });
    expect(count('SELECT count(*) FROM annotation')).toBe(0);
    expect(count('SELECT count(*) FROM annotation_tag')).toBe(0);
  });

  it('re-attaches a highlight to newly selected text with a fresh quote', async () => {
    const { ok, fails, article } = annotating(backend());
    const articleId = await article();
    const created = await ok('annotations.create', { article_id: articleId, ...span('Kabul'), note: 'kept' });
    const moved = await ok('annotations.reattach', { id: created.id, ...span('next month') });
    expect(moved).toMatchObject({ id: created.id, exact: 'next month', status: 'anchored', note: 'kept', ...span('next month') });
    expect(await fails('annotations.reattach', { id: created.id, start: 0, end: BODY.length + 5 })).toMatchObject({ code: 'invalid_input', field: 'end' });
  });
});
