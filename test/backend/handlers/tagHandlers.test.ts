import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating, BODY } from './annotatingHarness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('tags.* channels', () => {
  const backend = useBackend();

  it('lists the default codebook depth-first, each tag before its sub-tags', async () => {
    const { ok } = annotating(backend());
    const tags = await ok('tags.list', {});
    const top = tags.filter((t) => t.parent_id === null).map((t) => t.name);
    expect(top).toEqual([
      'Security & militancy', 'Border & crossings', 'Refugees & deportation', 'Trade & transit',
      'Diplomacy & talks', 'Humanitarian', 'Water & resources', 'Governance & rights',
    ]);
    tags.forEach((tag, index) => {
      if (tag.parent_id) expect(tags.findIndex((t) => t.id === tag.parent_id)).toBeLessThan(index);
    });
  });

  it('creates a tag under a parent, taking the parent colour when none is given', async () => {
    const { ok, tagNamed } = annotating(backend());
    const border = await tagNamed('Border & crossings');
    const created = await ok('tags.create', { name: ' Angoor Adda ', parent_id: border.id, description: 'South Waziristan crossing' });
    expect(created).toMatchObject({ name: 'Angoor Adda', parent_id: border.id, colour: border.colour, highlight_count: 0, total_count: 0, position: 3 });
  });

  it('refuses a name already used by a sibling, whatever its case', async () => {
    const { fails } = annotating(backend());
    expect(await fails('tags.create', { name: 'humanitarian' })).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('refuses a parent that does not exist', async () => {
    const { fails } = annotating(backend());
    expect(await fails('tags.create', { name: 'Orphan tag', parent_id: MISSING })).toMatchObject({ code: 'not_found', field: 'parent_id' });
  });

  it('refuses a colour that is not #rrggbb', async () => {
    const { fails } = annotating(backend());
    expect(await fails('tags.create', { name: 'Red', colour: 'red' })).toMatchObject({ code: 'invalid_input', field: 'colour' });
  });

  it('renames, recolours, describes and moves a tag to the top level', async () => {
    const { ok, tagNamed } = annotating(backend());
    const ttp = await tagNamed('TTP');
    const updated = await ok('tags.update', { id: ttp.id, name: 'Tehreek-e-Taliban', colour: '#ABCDEF', description: null, parent_id: null });
    expect(updated).toMatchObject({ name: 'Tehreek-e-Taliban', colour: '#abcdef', description: null, parent_id: null, position: 8 });
    const remaining = (await ok('tags.list', {})).filter((t) => t.parent_id === ttp.parent_id).map((t) => t.position);
    expect(remaining).toEqual([0, 1, 2]);
  });

  it('reorders a tag among its siblings', async () => {
    const { ok, tagNamed } = annotating(backend());
    const humanitarian = await tagNamed('Humanitarian');
    await ok('tags.update', { id: humanitarian.id, position: 0 });
    const top = (await ok('tags.list', {})).filter((t) => t.parent_id === null);
    expect(top.map((t) => [t.name, t.position]).slice(0, 2)).toEqual([['Humanitarian', 0], ['Security & militancy', 1]]);
  });

  it('refuses to move a tag under itself or under one of its sub-tags', async () => {
    const { ok, fails, tagNamed } = annotating(backend());
    const security = await tagNamed('Security & militancy');
    const ttp = await tagNamed('TTP');
    const below = await ok('tags.create', { name: 'Swat chapter', parent_id: ttp.id });
    expect(await fails('tags.update', { id: security.id, parent_id: security.id })).toMatchObject({ code: 'conflict', field: 'parent_id' });
    expect(await fails('tags.update', { id: security.id, parent_id: below.id })).toMatchObject({ code: 'conflict', field: 'parent_id' });
    expect((await tagNamed('Security & militancy')).parent_id).toBeNull();
  });

  it('counts highlights on a tag directly and including its sub-tags, each highlight once', async () => {
    const { ok, tagNamed, article } = annotating(backend());
    const articleId = await article();
    const security = await tagNamed('Security & militancy');
    const ttp = await tagNamed('TTP');
    const military = await tagNamed('Military operations');
    await ok('annotations.create', { article_id: articleId, start: 0, end: 9, tag_ids: [ttp.id, military.id] });
    await ok('annotations.create', { article_id: articleId, start: 11, end: 19, tag_ids: [ttp.id, security.id] });
    expect(await tagNamed('TTP')).toMatchObject({ highlight_count: 2, total_count: 2 });
    expect(await tagNamed('Military operations')).toMatchObject({ highlight_count: 1, total_count: 1 });
    expect(await tagNamed('Security & militancy')).toMatchObject({ highlight_count: 1, total_count: 2 });
  });

  it('merges one tag into another: highlights follow without duplicate joins, sub-tags move, the tag goes', async () => {
    const { ok, tagNamed, article, count } = annotating(backend());
    const articleId = await article();
    const border = await tagNamed('Border & crossings');
    const torkham = await tagNamed('Torkham');
    const diplomacy = await tagNamed('Diplomacy & talks');
    const both = await ok('annotations.create', { article_id: articleId, start: 0, end: 9, tag_ids: [border.id, diplomacy.id] });
    const one = await ok('annotations.create', { article_id: articleId, start: 11, end: 19, tag_ids: [border.id] });
    const merged = await ok('tags.merge', { from: border.id, into: diplomacy.id });
    expect(merged).toMatchObject({ id: diplomacy.id, highlight_count: 2 });
    expect((await ok('annotations.list', { article_id: articleId })).map((a) => [a.id, a.tag_ids])).toEqual([
      [both.id, [diplomacy.id]],
      [one.id, [diplomacy.id]],
    ]);
    expect((await tagNamed('Torkham')).parent_id).toBe(diplomacy.id);
    expect((await tagNamed('Torkham')).position).toBe(3);
    expect(count(`SELECT count(*) FROM tag WHERE id = '${border.id}'`)).toBe(0);
    expect(torkham.id).toBe((await tagNamed('Torkham')).id);
  });

  it('refuses to merge a tag into itself, into its own sub-tag, or when sub-tag names clash', async () => {
    const { ok, fails, tagNamed } = annotating(backend());
    const security = await tagNamed('Security & militancy');
    const ttp = await tagNamed('TTP');
    const diplomacy = await tagNamed('Diplomacy & talks');
    expect(await fails('tags.merge', { from: security.id, into: security.id })).toMatchObject({ code: 'invalid_input', field: 'into' });
    expect(await fails('tags.merge', { from: security.id, into: ttp.id })).toMatchObject({ code: 'conflict', field: 'into' });
    await ok('tags.create', { name: 'ttp', parent_id: diplomacy.id });
    const clash = await fails('tags.merge', { from: security.id, into: diplomacy.id });
    expect(clash).toMatchObject({ code: 'conflict', field: 'into' });
    expect(clash.message).toContain('TTP');
    expect(await fails('tags.merge', { from: MISSING, into: diplomacy.id })).toMatchObject({ code: 'not_found', field: 'from' });
  });

  it('deletes an unused tag and closes the gap in its siblings', async () => {
    const { ok, tagNamed } = annotating(backend());
    const humanitarian = await tagNamed('Humanitarian');
    expect(await ok('tags.delete', { id: humanitarian.id })).toEqual({ id: humanitarian.id });
    const top = (await ok('tags.list', {})).filter((t) => t.parent_id === null);
    expect(top.map((t) => t.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses to delete a tag with highlights or sub-tags unless told where they go', async () => {
    const { ok, fails, tagNamed, article } = annotating(backend());
    const security = await tagNamed('Security & militancy');
    const trade = await tagNamed('Trade & transit');
    await ok('annotations.create', { article_id: await article(), start: 0, end: 9, tag_ids: [trade.id] });
    expect(await fails('tags.delete', { id: security.id })).toMatchObject({ code: 'conflict', field: 'move_to' });
    expect(await fails('tags.delete', { id: trade.id })).toMatchObject({ code: 'conflict', field: 'move_to' });
    expect(await fails('tags.delete', { id: trade.id, move_to: trade.id })).toMatchObject({ code: 'invalid_input', field: 'move_to' });
    expect(await fails('tags.delete', { id: MISSING })).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('deletes a tag in use by moving its highlights and sub-tags to another', async () => {
    const { ok, tagNamed, article } = annotating(backend());
    const articleId = await article();
    const border = await tagNamed('Border & crossings');
    const trade = await tagNamed('Trade & transit');
    const highlight = await ok('annotations.create', { article_id: articleId, start: BODY.indexOf('Torkham'), end: BODY.indexOf('Torkham') + 7, tag_ids: [border.id] });
    await ok('tags.delete', { id: border.id, move_to: trade.id });
    expect((await ok('annotations.list', { article_id: articleId }))[0]).toMatchObject({ id: highlight.id, tag_ids: [trade.id] });
    const children = (await ok('tags.list', {})).filter((t) => t.parent_id === trade.id).map((t) => t.name);
    expect(children).toEqual(['Torkham', 'Chaman', 'Fencing & the Durand Line']);
    expect(await tagNamed('Trade & transit')).toMatchObject({ highlight_count: 1, total_count: 1 });
  });
});
