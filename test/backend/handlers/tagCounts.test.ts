import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import { useBackend } from '../../helpers/backend.js';
import { countsByDefinition, countsOf } from '../../helpers/tagCountOracle.js';
import { annotating, BODY } from './annotatingHarness.js';

/** Tag counts kept incrementally (migration 0100) against their definition, through the channels. */
function counting(backend: Backend) {
  const h = annotating(backend);
  const db = backend.workspace.db;
  /** What tags.list says, after checking every tag's counts equal the definition's. */
  const listed = async () => {
    const tags = await h.ok('tags.list', {});
    expect(countsOf(tags)).toEqual(countsByDefinition(db));
    return tags;
  };
  /** [direct, total] of the tag named `name`, checked against the definition first. */
  const counts = async (name: string) => {
    const tag = (await listed()).find((t) => t.name === name);
    if (!tag) throw new Error(`no tag ${name}`);
    return [tag.highlight_count, tag.total_count];
  };
  /** The ids of the tags named, in order. */
  const ids = async <N extends string[]>(...names: N) =>
    (await Promise.all(names.map(async (name) => (await h.tagNamed(name)).id))) as { [K in keyof N]: string };
  const highlight = async (articleId: string, tag_ids: string[], start = 0) =>
    (await h.ok('annotations.create', { article_id: articleId, start, end: start + 8, tag_ids })).id;
  return { ...h, listed, counts, ids, highlight };
}

describe('tag counts', () => {
  const backend = useBackend();

  it('counts a highlight carrying a tag and its sub-tag once in the totals above them', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [security, ttp, military, jcc] = await c.ids('Security & militancy', 'TTP', 'Military operations', 'JCC');
    await c.highlight(articleId, [security, ttp, military]);
    await c.highlight(articleId, [ttp, jcc], 10);
    expect(await c.counts('Security & militancy')).toEqual([1, 2]);
    expect(await c.counts('TTP')).toEqual([2, 2]);
    expect(await c.counts('Military operations')).toEqual([1, 1]);
    expect(await c.counts('Diplomacy & talks')).toEqual([0, 1]);
  });

  it('lowers the counts when a tag is taken off a highlight, and undo and redo follow', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [ttp, military] = await c.ids('TTP', 'Military operations');
    const id = await c.highlight(articleId, [ttp, military]);
    await c.ok('annotations.update', { id, tag_ids: [military] });
    expect(await c.counts('TTP')).toEqual([0, 0]);
    expect(await c.counts('Security & militancy')).toEqual([0, 1]);
    await c.ok('annotations.update', { id, tag_ids: [] });
    expect(await c.counts('Security & militancy')).toEqual([0, 0]);
    await c.ok('history.undo', {});
    expect(await c.counts('Military operations')).toEqual([1, 1]);
    await c.ok('history.undo', {});
    expect(await c.counts('TTP')).toEqual([1, 1]);
    await c.ok('history.redo', {});
    expect(await c.counts('TTP')).toEqual([0, 0]);
  });

  it('takes deleted highlights out of the counts and puts them back on undo, out again on redo', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [security, ttp] = await c.ids('Security & militancy', 'TTP');
    const first = await c.highlight(articleId, [security, ttp]);
    await c.highlight(articleId, [ttp], 20);
    await c.ok('annotations.delete', { id: first });
    expect(await c.counts('Security & militancy')).toEqual([0, 1]);
    expect(await c.counts('TTP')).toEqual([1, 1]);
    await c.ok('history.undo', {});
    expect(await c.counts('Security & militancy')).toEqual([1, 2]);
    await c.ok('history.redo', {});
    expect(await c.counts('Security & militancy')).toEqual([0, 1]);
  });

  it('undoes and redoes creating a highlight', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    await c.highlight(articleId, await c.ids('Torkham', 'Border & crossings'));
    expect(await c.counts('Border & crossings')).toEqual([1, 1]);
    await c.ok('history.undo', {});
    expect(await c.counts('Border & crossings')).toEqual([0, 0]);
    await c.ok('history.redo', {});
    expect(await c.counts('Torkham')).toEqual([1, 1]);
  });

  it('takes the highlights of a deleted article out of the counts', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    await c.highlight(articleId, await c.ids('Chaman'));
    await c.ok('articles.delete', { id: articleId });
    expect(await c.counts('Border & crossings')).toEqual([0, 0]);
  });

  it('moves the totals with a tag moved under another, and back on undo', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [ttp, diplomacy, jcc] = await c.ids('TTP', 'Diplomacy & talks', 'JCC');
    await c.highlight(articleId, [ttp, jcc]);
    await c.highlight(articleId, [ttp], 10);
    const below = await c.ok('tags.create', { name: 'Swat chapter', parent_id: ttp });
    await c.highlight(articleId, [below.id], 20);
    await c.ok('tags.update', { id: ttp, parent_id: jcc });
    expect(await c.counts('Security & militancy')).toEqual([0, 0]);
    expect(await c.counts('JCC')).toEqual([1, 3]);
    expect(await c.counts('Diplomacy & talks')).toEqual([0, 3]);
    await c.ok('history.undo', {});
    expect(await c.counts('Security & militancy')).toEqual([0, 3]);
    expect(await c.counts('Diplomacy & talks')).toEqual([0, 1]);
    await c.ok('history.redo', {});
    expect((await c.listed()).find((t) => t.id === diplomacy)).toMatchObject({ total_count: 3 });
  });

  it('merges two tags, a highlight carrying both counted once, and undoes the merge', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [torkham, chaman, jcc] = await c.ids('Torkham', 'Chaman', 'JCC');
    await c.highlight(articleId, [torkham, chaman]);
    await c.highlight(articleId, [chaman, jcc], 10);
    await c.ok('tags.merge', { from: chaman, into: torkham });
    expect(await c.counts('Torkham')).toEqual([2, 2]);
    expect(await c.counts('Border & crossings')).toEqual([0, 2]);
    await c.ok('history.undo', {});
    expect(await c.counts('Chaman')).toEqual([2, 2]);
    expect(await c.counts('Torkham')).toEqual([1, 1]);
    await c.ok('history.redo', {});
    expect(await c.counts('Torkham')).toEqual([2, 2]);
  });

  it('moves the counts of a deleted tag to the tag its highlights and sub-tags go to, and undoes it', async () => {
    const c = counting(backend());
    const articleId = await c.article();
    const [security, ttp, diplomacy] = await c.ids('Security & militancy', 'TTP', 'Diplomacy & talks');
    await c.highlight(articleId, [ttp]);
    await c.highlight(articleId, [security], 10);
    await c.ok('tags.delete', { id: security, move_to: diplomacy });
    expect(await c.counts('Diplomacy & talks')).toEqual([1, 2]);
    expect(await c.counts('TTP')).toEqual([1, 1]);
    await c.ok('history.undo', {});
    expect(await c.counts('Security & militancy')).toEqual([1, 2]);
    expect(await c.counts('Diplomacy & talks')).toEqual([0, 0]);
    await c.ok('history.redo', {});
    expect(await c.counts('Diplomacy & talks')).toEqual([1, 2]);
  });
});

/** One analyst action; indexes pick among whatever tags and highlights exist when it runs. */
type Action =
  | { kind: 'highlight'; tags: number[]; start: number }
  | { kind: 'retag'; highlight: number; tags: number[] }
  | { kind: 'deleteHighlight'; highlight: number }
  | { kind: 'createTag'; parent: number }
  | { kind: 'moveTag'; tag: number; parent: number }
  | { kind: 'mergeTags'; from: number; into: number }
  | { kind: 'deleteTag'; tag: number; into: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const pick = fc.nat(1000);
const picks = fc.array(pick, { maxLength: 4 });
const ACTION: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('highlight' as const), tags: picks, start: fc.nat(BODY.length - 9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retag' as const), highlight: pick, tags: picks }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteHighlight' as const), highlight: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('createTag' as const), parent: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveTag' as const), tag: pick, parent: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mergeTags' as const), from: pick, into: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteTag' as const), tag: pick, into: pick }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('tag counts under any sequence of changes', () => {
  const backend = useBackend();

  it('equal the counts by definition after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ACTION, { minLength: 1, maxLength: 30 }), async (actions) => {
        const b = backend();
        const db = b.workspace.db;
        const h = annotating(b);
        const articleId = await h.article();
        // A few tags in two subtrees, and those made on the way, so that merges and moves meet tagged highlights.
        const working = new Set(
          db.prepare(`SELECT id FROM tag WHERE name IN ('Security & militancy', 'Border & crossings')
            OR parent_id IN (SELECT id FROM tag WHERE name IN ('Security & militancy', 'Border & crossings'))`).pluck().all() as string[],
        );
        const tagIds = () => (db.prepare('SELECT id FROM tag ORDER BY rowid').pluck().all() as string[]).filter((id) => working.has(id));
        const highlightIds = () => db.prepare('SELECT id FROM annotation ORDER BY rowid').pluck().all() as string[];
        const among = (list: string[], index: number) => list[index % list.length]!;
        const distinct = (list: string[], indexes: number[]) => [...new Set(indexes.map((i) => among(list, i)))];
        let created = 0;
        for (const action of actions) {
          const tags = tagIds();
          const highlights = highlightIds();
          // Refusals (a cycle, a clash of names, nothing to undo) are part of the sequence: they must leave the counts right too.
          switch (action.kind) {
            case 'highlight':
              await b.dispatch('annotations.create', {
                article_id: articleId, start: action.start, end: action.start + 9, tag_ids: distinct(tags, action.tags),
              });
              break;
            case 'retag':
              if (highlights.length) await b.dispatch('annotations.update', { id: among(highlights, action.highlight), tag_ids: distinct(tags, action.tags) });
              break;
            case 'deleteHighlight':
              if (highlights.length) await b.dispatch('annotations.delete', { id: among(highlights, action.highlight) });
              break;
            case 'createTag': {
              const parent_id = action.parent % 3 === 0 ? null : among(tags, action.parent);
              working.add((await h.ok('tags.create', { name: `Tag ${++created}`, parent_id })).id);
              break;
            }
            case 'moveTag':
              await b.dispatch('tags.update', { id: among(tags, action.tag), parent_id: action.parent % 4 === 0 ? null : among(tags, action.parent) });
              break;
            case 'mergeTags':
              await b.dispatch('tags.merge', { from: among(tags, action.from), into: among(tags, action.into) });
              break;
            case 'deleteTag':
              await b.dispatch('tags.delete', { id: among(tags, action.tag), move_to: among(tags, action.into) });
              break;
            case 'undo':
              await b.dispatch('history.undo', {});
              break;
            case 'redo':
              await b.dispatch('history.redo', {});
              break;
          }
          expect(countsOf(await h.ok('tags.list', {})), JSON.stringify(action)).toEqual(countsByDefinition(db));
        }
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
