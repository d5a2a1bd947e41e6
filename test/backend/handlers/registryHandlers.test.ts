import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../electron/backend/app.js';
import { parseGazetteer } from '../../../shared/statements/gazetteer.js';
import { useBackend } from '../../helpers/backend.js';
import { useTempDirs } from '../../helpers/tempDir.js';
import { annotating } from './annotatingHarness.js';

const GAZETTEER = parseGazetteer(JSON.parse(readFileSync(new URL('../../../resources/gazetteer/actors.json', import.meta.url), 'utf8')));

describe('actor registry seeding', () => {
  const backend = useBackend();
  const tempDir = useTempDirs();

  it('seeds a new workspace with every gazetteer actor under its slug, with roles and aliases', async () => {
    const h = annotating(backend());
    expect(h.count('SELECT count(*) FROM actor')).toBe(GAZETTEER.actors.length);
    const dar = GAZETTEER.actors.find((a) => a.id === 'pk-ishaq-dar')!;
    const seeded = await h.ok('actors.get', { id: 'pk-ishaq-dar' });
    expect(seeded).toMatchObject({ name: dar.name, kind: dar.kind, side_id: 'pakistan', statement_count: 0 });
    expect(seeded.roles).toHaveLength(dar.roles.length);
    expect(seeded.aliases.map((a) => a.alias).sort()).toEqual(dar.aliases.map((a) => a.text).sort());
    expect(h.count('SELECT count(*) FROM actor_alias')).toBe(GAZETTEER.actors.reduce((n, a) => n + a.aliases.length, 0));
  });

  it('gives each actor its latest open role as the current one', async () => {
    const h = annotating(backend());
    const dar = GAZETTEER.actors.find((a) => a.id === 'pk-ishaq-dar')!;
    const open = dar.roles.filter((r) => !r.to).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    expect((await h.ok('actors.get', { id: 'pk-ishaq-dar' })).role).toBe(open.at(-1)!.title);
  });

  it('does not seed again once the registry has actors, even after they changed', async () => {
    const dir = tempDir();
    const first = startBackend(dir);
    await first.dispatch('actors.merge', { from: 'pk-ishaq-dar', into: 'pk-shehbaz-sharif' });
    first.close();
    const again = startBackend(dir);
    try {
      const count = again.workspace.db.prepare('SELECT count(*) FROM actor').pluck().get();
      expect(count).toBe(GAZETTEER.actors.length - 1);
    } finally {
      again.close();
    }
  });
});

describe('sides.* channels', () => {
  const backend = useBackend();

  it('lists the three default sides in order with the compared pair', async () => {
    const h = annotating(backend());
    const list = await h.ok('sides.list', {});
    expect(list.sides.map((s) => s.id)).toEqual(['pakistan', 'afghanistan', 'other']);
    expect(list.compared).toEqual(['pakistan', 'afghanistan']);
  });

  it('creates a side with a unique slug id at the end', async () => {
    const h = annotating(backend());
    expect(await h.ok('sides.create', { name: 'China', colour: '#AA0000' })).toEqual({ id: 'china', name: 'China', colour: '#aa0000', position: 3 });
    expect(await h.ok('sides.create', { name: 'Chína ', colour: '#aa0000' })).toMatchObject({ id: 'china-2', name: 'Chína', position: 4 });
    expect((await h.ok('sides.create', { name: '2nd party', colour: '#aa0000' })).id).toBe('nd-party');
  });

  it('refuses a second side of the same name', async () => {
    const h = annotating(backend());
    expect(await h.fails('sides.create', { name: 'pakistan', colour: '#aa0000' })).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('renames, recolours and reorders a side', async () => {
    const h = annotating(backend());
    expect(await h.ok('sides.update', { id: 'other', name: 'Third parties', colour: '#123456', position: 0 })).toEqual({
      id: 'other', name: 'Third parties', colour: '#123456', position: 0,
    });
    expect((await h.ok('sides.list', {})).sides.map((s) => [s.id, s.position])).toEqual([['other', 0], ['pakistan', 1], ['afghanistan', 2]]);
  });

  it('answers not_found for a side that does not exist', async () => {
    const h = annotating(backend());
    expect(await h.fails('sides.update', { id: 'mars', name: 'Mars' })).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('chooses the two sides compared, refusing an unknown one', async () => {
    const h = annotating(backend());
    await h.ok('sides.create', { name: 'China', colour: '#aa0000' });
    expect((await h.ok('sides.setCompared', { compared: ['china', 'pakistan'] })).compared).toEqual(['china', 'pakistan']);
    expect((await h.ok('sides.list', {})).compared).toEqual(['china', 'pakistan']);
    expect(await h.fails('sides.setCompared', { compared: ['mars', 'pakistan'] })).toMatchObject({ code: 'not_found', field: 'compared' });
    expect(await h.fails('sides.setCompared', { compared: ['pakistan', 'pakistan'] })).toMatchObject({ code: 'invalid_input' });
  });
});

describe('actors.* channels', () => {
  const backend = useBackend();

  it('finds an actor by an Urdu-script alias', async () => {
    const h = annotating(backend());
    const found = await h.ok('actors.list', { query: 'اسحاق ڈار' });
    expect(found.map((a) => a.id)).toEqual(['pk-ishaq-dar']);
  });

  it('finds actors by part of a name or alias, ignoring case, and filters by side', async () => {
    const h = annotating(backend());
    expect((await h.ok('actors.list', { query: 'MUTTAQI' })).map((a) => a.id)).toContain('af-amir-khan-muttaqi');
    const afghans = await h.ok('actors.list', { side_id: 'afghanistan' });
    expect(afghans.length).toBeGreaterThan(3);
    expect(afghans.every((a) => a.side_id === 'afghanistan')).toBe(true);
    expect(await h.ok('actors.list', { query: 'muttaqi', side_id: 'pakistan' })).toEqual([]);
  });

  it('creates an actor with a UUID, roles and aliases', async () => {
    const h = annotating(backend());
    const created = await h.ok('actors.create', {
      name: 'Tahir Khan', side_id: 'other',
      roles: [{ title: 'Analyst', organisation: null, from: '2020', to: null }],
      aliases: [{ alias: 'طاہر خان', language: 'ur' }],
    });
    expect(created).toMatchObject({ name: 'Tahir Khan', kind: 'person', side_id: 'other', role: 'Analyst', statement_count: 0 });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await h.ok('actors.get', { id: created.id })).toEqual(created);
    expect((await h.ok('actors.list', { query: 'طاہر' })).map((a) => a.id)).toEqual([created.id]);
  });

  it('refuses an actor on a side that does not exist', async () => {
    const h = annotating(backend());
    expect(await h.fails('actors.create', { name: 'X', side_id: 'mars' })).toMatchObject({ code: 'not_found', field: 'side_id' });
  });

  it('updates an actor, replacing the role and alias lists given and keeping the rest', async () => {
    const h = annotating(backend());
    const before = await h.ok('actors.get', { id: 'pk-ishaq-dar' });
    const updated = await h.ok('actors.update', {
      id: 'pk-ishaq-dar',
      roles: [{ title: 'Foreign Minister', organisation: 'Government of Pakistan', from: '2024-03', to: null }],
    });
    expect(updated).toMatchObject({ name: before.name, aliases: before.aliases, role: 'Foreign Minister', organisation: 'Government of Pakistan' });
    expect(updated.roles).toHaveLength(1);
    const renamed = await h.ok('actors.update', { id: 'pk-ishaq-dar', name: 'M. Ishaq Dar', aliases: [{ alias: 'Dar', language: 'en' }] });
    expect(renamed).toMatchObject({ name: 'M. Ishaq Dar', aliases: [{ alias: 'Dar', language: 'en' }] });
  });

  it('answers not_found for an actor that does not exist', async () => {
    const h = annotating(backend());
    expect(await h.fails('actors.get', { id: 'nobody' })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await h.fails('actors.update', { id: 'nobody', name: 'X' })).toMatchObject({ code: 'not_found', field: 'id' });
    expect(await h.fails('actors.merge', { from: 'nobody', into: 'pk-ishaq-dar' })).toMatchObject({ code: 'not_found', field: 'from' });
  });

  it('merges one actor into another: statements, aliases (and its name) and roles move, the first is deleted', async () => {
    const h = annotating(backend());
    const duplicate = await h.ok('actors.create', {
      name: 'I. Dar', side_id: 'pakistan',
      roles: [{ title: 'Senator', organisation: null, from: '2018', to: '2022' }],
      aliases: [{ alias: 'ڈار صاحب', language: 'ur' }],
    });
    const articleId = await h.article();
    const highlight = await h.ok('annotations.create', { article_id: articleId, start: 0, end: 9 });
    await h.ok('statements.create', { annotation_id: highlight.id, actor_id: duplicate.id, kind: 'reported' });
    const before = await h.ok('actors.get', { id: 'pk-ishaq-dar' });
    const merged = await h.ok('actors.merge', { from: duplicate.id, into: 'pk-ishaq-dar' });
    expect(merged.statement_count).toBe(1);
    expect(merged.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(['I. Dar', 'ڈار صاحب']));
    expect(merged.roles).toHaveLength(before.roles.length + 1);
    expect(await h.fails('actors.get', { id: duplicate.id })).toMatchObject({ code: 'not_found' });
    expect((await h.ok('statements.list', { article_id: articleId }))[0]).toMatchObject({ actor_id: 'pk-ishaq-dar', speaker: before.name });
  });
});
