import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import type { ChannelOutput } from '../../../shared/contract.js';
import { useBackend } from '../../helpers/backend.js';
import { compareSeed } from '../services/compareSeed.js';
import { annotating } from './annotatingHarness.js';

type Matrix = ChannelOutput<'compare.matrix'>;

/** Each row as `topic: [left quotes] | [right quotes]`, for readable expectations. */
const layout = (matrix: Matrix) =>
  Object.fromEntries(matrix.rows.map((row) => [row.topic, row.cells.map((cell) => cell.statements.map((s) => s.quote))]));

describe('compare handlers', () => {
  const backend = useBackend();

  function setup() {
    const b: Backend = backend();
    const seed = compareSeed(b.workspace.db);
    const api = annotating(b);
    const article = seed.article({ title: 'Talks in Kabul', outlet: 'Dawn', url: 'https://dawn.com/talks', language: 'en' });
    return { b, seed, api, article };
  }

  describe('compare.matrix', () => {
    it('groups statements under the top-level topic of their tags, sub-tags rolling up, untagged last', async () => {
      const { seed, api, article } = setup();
      const trade = seed.tag('Zz Trade');
      const transit = seed.tag('Transit', trade);
      const torkham = seed.tag('Torkham', transit);
      const security = seed.tag('Zz Security');
      seed.tag('Zz Empty');
      seed.statement({ article, quote: 'Trade will grow', tags: [trade], side: 'pakistan', said_on: '2025-04-01' });
      seed.statement({ article, quote: 'Torkham stays open', tags: [torkham], side: 'afghanistan', said_on: '2025-04-02' });
      seed.statement({ article, quote: 'Trucks and militants', tags: [transit, security], side: 'pakistan', said_on: '2025-04-03' });
      seed.statement({ article, quote: 'No comment', side: 'afghanistan', said_on: '2025-04-04' });

      const matrix = await api.ok('compare.matrix', {});

      expect(layout(matrix)).toEqual({
        'Zz Trade': [['Trucks and militants', 'Trade will grow'], ['Torkham stays open']],
        'Zz Security': [['Trucks and militants'], []],
        Untagged: [[], ['No comment']],
      });
      expect(matrix.rows.map((r) => r.topic_id)).toEqual([trade, security, '']);
      expect(matrix.rows[0]!.cells.map((c) => [c.side_id, c.count])).toEqual([['pakistan', 2], ['afghanistan', 1]]);
      expect(matrix.total).toBe(4);
    });

    it('orders rows as the codebook does', async () => {
      const { seed, api, article, b } = setup();
      const first = seed.tag('Zz First');
      const second = seed.tag('Zz Second');
      seed.statement({ article, quote: 'one', tags: [second] });
      seed.statement({ article, quote: 'two', tags: [first] });
      b.workspace.db.prepare('UPDATE tag SET position = -1 WHERE id = ?').run(second);
      expect((await api.ok('compare.matrix', {})).rows.map((r) => r.topic)).toEqual(['Zz Second', 'Zz First']);
    });

    it('shows the sides saved in compare.sides, or the two asked for', async () => {
      const { seed, api, article, b } = setup();
      seed.statement({ article, quote: 'From Pakistan', side: 'pakistan' });
      seed.statement({ article, quote: 'From elsewhere', side: 'other' });
      expect((await api.ok('compare.matrix', {})).sides).toEqual(['pakistan', 'afghanistan']);

      const asked = await api.ok('compare.matrix', { sides: ['other', 'pakistan'] });
      expect(asked.sides).toEqual(['other', 'pakistan']);
      expect(layout(asked)).toEqual({ Untagged: [['From elsewhere'], ['From Pakistan']] });

      b.workspace.db.prepare(`UPDATE setting SET value = '["afghanistan","other"]' WHERE key = 'compare.sides'`).run();
      const saved = await api.ok('compare.matrix', {});
      expect(saved.sides).toEqual(['afghanistan', 'other']);
      expect(saved.total).toBe(1);
    });

    it('refuses an unknown side, naming the known ones', async () => {
      const { api } = setup();
      const error = await api.fails('compare.matrix', { sides: ['pakistan', 'india'] });
      expect(error).toMatchObject({ code: 'not_found', field: 'sides' });
      expect(error.message).toContain('india');
      expect(error.message).toContain('pakistan, afghanistan, other');
    });

    it('lists a cell newest said_on first, undated last, ties by newest recorded', async () => {
      const { seed, api, article } = setup();
      seed.statement({ article, quote: 'undated', said_on: null });
      seed.statement({ article, quote: 'old', said_on: '2024-01-01' });
      seed.statement({ article, quote: 'new, recorded first', said_on: '2025-05-01' });
      seed.statement({ article, quote: 'new, recorded later', said_on: '2025-05-01' });
      const matrix = await api.ok('compare.matrix', {});
      expect(layout(matrix).Untagged![0]).toEqual(['new, recorded later', 'new, recorded first', 'old', 'undated']);
    });

    it('caps each cell at per_cell statements and still counts them all', async () => {
      const { seed, api, article } = setup();
      for (let day = 1; day <= 5; day++) seed.statement({ article, quote: `day ${day}`, said_on: `2025-04-0${day}` });
      const matrix = await api.ok('compare.matrix', { per_cell: 2 });
      expect(matrix.rows[0]!.cells[0]).toMatchObject({ count: 5 });
      expect(layout(matrix).Untagged![0]).toEqual(['day 5', 'day 4']);
      const none = await api.ok('compare.matrix', { per_cell: 0 });
      expect(none.rows[0]!.cells[0]).toMatchObject({ count: 5, statements: [] });
    });

    it('gives every statement its quote, speaker, role, side, date, outlet, article and stance', async () => {
      const { seed, api, article } = setup();
      const dar = seed.actor('Ishaq Dar', 'pakistan', [{ title: 'Deputy Prime Minister', from: '2024-04' }]);
      const first = seed.statement({ article, quote: 'We want peace', actor: dar, kind: 'reported', stance: 'conciliatory' });
      seed.statement({ article, quote: 'We heard him', speaker_text: 'A Taliban official', side: 'afghanistan', responds_to: first });
      const [left, right] = (await api.ok('compare.matrix', {})).rows[0]!.cells;
      const statement = left!.statements[0]!;
      expect(statement).toMatchObject({
        id: first,
        article_id: article,
        quote: 'We want peace',
        speaker: 'Ishaq Dar',
        role: 'Deputy Prime Minister',
        side_id: 'pakistan',
        said_on: '2025-04-17',
        outlet: 'Dawn',
        article_title: 'Talks in Kabul',
        url: 'https://dawn.com/talks',
        kind: 'reported',
        stance: 'conciliatory',
        responds_to: null,
        language: 'en',
      });
      expect(right!.statements[0]).toMatchObject({ speaker: 'A Taliban official', role: null, responds_to: first });
    });

    it('gives the role the actor held on the day, else the current one', async () => {
      const { seed, api, article } = setup();
      const actor = seed.actor('Ishaq Dar', 'pakistan', [
        { title: 'Finance Minister', from: '2022-09-28', to: '2023-08' },
        { title: 'Foreign Minister', from: '2024-03' },
        { title: 'Senator', from: '2018', to: '2022' },
      ]);
      const roleOn = async (said_on: string | null) => {
        seed.statement({ article, quote: `on ${said_on}`, actor, said_on });
        const cell = (await api.ok('compare.matrix', {})).rows[0]!.cells[0]!;
        return cell.statements.find((s) => s.quote === `on ${said_on}`)!.role;
      };
      expect(await roleOn('2023-08-31')).toBe('Finance Minister');
      expect(await roleOn('2022-12-31')).toBe('Finance Minister');
      expect(await roleOn('2020-06-01')).toBe('Senator');
      expect(await roleOn('2025-01-10')).toBe('Foreign Minister');
      expect(await roleOn('2023-11-01')).toBe('Foreign Minister');
      expect(await roleOn(null)).toBe('Foreign Minister');
    });
  });

  describe('filters', () => {
    async function quotes(api: ReturnType<typeof annotating>, filters: object): Promise<string[]> {
      const matrix = await api.ok('compare.matrix', { filters, sides: ['pakistan', 'afghanistan'] });
      return [...new Set(matrix.rows.flatMap((r) => r.cells.flatMap((c) => c.statements.map((s) => s.quote))))].sort();
    }

    it('keeps statements said from `from` to `to`, both days included', async () => {
      const { seed, api, article } = setup();
      for (const day of ['2025-03-31', '2025-04-01', '2025-04-30', '2025-05-01']) seed.statement({ article, quote: day, said_on: day });
      seed.statement({ article, quote: 'undated', said_on: null });
      expect(await quotes(api, { from: '2025-04-01', to: '2025-04-30' })).toEqual(['2025-04-01', '2025-04-30']);
      expect(await quotes(api, { from: '2025-04-30' })).toEqual(['2025-04-30', '2025-05-01']);
      expect(await quotes(api, { to: '2025-04-01T23:00:00Z' })).toEqual(['2025-03-31', '2025-04-01']);
    });

    it('keeps the statements of the chosen speakers', async () => {
      const { seed, api, article } = setup();
      const dar = seed.actor('Ishaq Dar', 'pakistan');
      const muttaqi = seed.actor('Amir Khan Muttaqi', 'afghanistan');
      seed.statement({ article, quote: 'Dar', actor: dar });
      seed.statement({ article, quote: 'Muttaqi', actor: muttaqi, side: 'afghanistan' });
      seed.statement({ article, quote: 'nobody known' });
      expect(await quotes(api, { actor_ids: [muttaqi] })).toEqual(['Muttaqi']);
      expect(await quotes(api, { actor_ids: [dar, muttaqi] })).toEqual(['Dar', 'Muttaqi']);
    });

    it('keeps the chosen outlets whatever their case', async () => {
      const { seed, api } = setup();
      seed.statement({ article: seed.article({ outlet: 'Dawn' }), quote: 'in Dawn' });
      seed.statement({ article: seed.article({ outlet: 'TOLOnews' }), quote: 'in Tolo' });
      seed.statement({ article: seed.article({}), quote: 'no outlet' });
      expect(await quotes(api, { outlets: ['dawn', 'tolonews'] })).toEqual(['in Dawn', 'in Tolo']);
      expect(await quotes(api, { outlets: ['DAWN'] })).toEqual(['in Dawn']);
    });

    it('keeps the chosen kinds and stances', async () => {
      const { seed, api, article } = setup();
      seed.statement({ article, quote: 'direct hostile', kind: 'direct', stance: 'hostile' });
      seed.statement({ article, quote: 'reported hostile', kind: 'reported', stance: 'hostile' });
      seed.statement({ article, quote: 'reported neutral', kind: 'reported', stance: 'neutral' });
      seed.statement({ article, quote: 'reported, no stance', kind: 'reported' });
      expect(await quotes(api, { kinds: ['reported'], stances: ['hostile', 'neutral'] })).toEqual(['reported hostile', 'reported neutral']);
      expect(await quotes(api, { kinds: ['direct'] })).toEqual(['direct hostile']);
    });

    it('keeps statements whose quote has the words, in the library’s search syntax', async () => {
      const { seed, api, article, b } = setup();
      seed.statement({ article, quote: 'The border crossing at Torkham reopens' });
      seed.statement({ article, quote: 'Crossing the border is forbidden' });
      const withNote = seed.statement({ article, quote: 'Trade resumes' });
      b.workspace.db
        .prepare('UPDATE annotation SET note = ? WHERE id = (SELECT annotation_id FROM statement WHERE id = ?)')
        .run('about the border', withNote);
      expect(await quotes(api, { text: 'border' })).toEqual(['Crossing the border is forbidden', 'The border crossing at Torkham reopens']);
      expect(await quotes(api, { text: '"border crossing"' })).toEqual(['The border crossing at Torkham reopens']);
      expect(await quotes(api, { text: 'border -torkham' })).toEqual(['Crossing the border is forbidden']);
      expect(await quotes(api, { text: 'Tork* OR trade' })).toEqual(['The border crossing at Torkham reopens', 'Trade resumes']);
    });

    it('refuses text it cannot search, naming filters.text', async () => {
      const { api } = setup();
      expect(await api.fails('compare.matrix', { filters: { text: '-border' } })).toMatchObject({
        code: 'invalid_input',
        field: 'filters.text',
      });
    });

    it('keeps the chosen topics, untagged as the topic ""', async () => {
      const { seed, api, article } = setup();
      const trade = seed.tag('Zz Trade');
      const security = seed.tag('Zz Security');
      seed.statement({ article, quote: 'trade', tags: [seed.tag('Sub', trade)] });
      seed.statement({ article, quote: 'security', tags: [security] });
      seed.statement({ article, quote: 'untagged' });
      const matrix = await api.ok('compare.matrix', { filters: { topics: [trade, ''] } });
      expect(matrix.rows.map((r) => r.topic)).toEqual(['Zz Trade', 'Untagged']);
      expect(matrix.total).toBe(2);
      expect((await api.fails('compare.matrix', { filters: { topics: ['nope'] } })).field).toBe('filters.topics');
    });
  });

  describe('compare.cell', () => {
    it('pages one cell in the matrix’s order with its total', async () => {
      const { seed, api, article } = setup();
      const topic = seed.tag('Zz Trade');
      for (let day = 10; day < 20; day++) seed.statement({ article, quote: `day ${day}`, tags: [topic], said_on: `2025-04-${day}` });
      seed.statement({ article, quote: 'other side', tags: [topic], side: 'afghanistan' });
      const page = await api.ok('compare.cell', { topic_id: topic, side_id: 'pakistan', offset: 3, limit: 4 });
      expect(page).toMatchObject({ total: 10 });
      expect(page.statements.map((s) => s.quote)).toEqual(['day 16', 'day 15', 'day 14', 'day 13']);
      const filtered = await api.ok('compare.cell', { topic_id: topic, side_id: 'pakistan', filters: { from: '2025-04-18' } });
      expect(filtered.total).toBe(2);
      expect((await api.ok('compare.cell', { topic_id: topic, side_id: 'pakistan', offset: 10 })).statements).toEqual([]);
    });

    it('refuses a topic that is not a top-level tag and an unknown side', async () => {
      const { seed, api } = setup();
      const sub = seed.tag('Sub', seed.tag('Zz Trade'));
      expect(await api.fails('compare.cell', { topic_id: sub, side_id: 'pakistan' })).toMatchObject({ code: 'not_found', field: 'topic_id' });
      expect(await api.fails('compare.cell', { topic_id: '', side_id: 'india' })).toMatchObject({ code: 'not_found', field: 'side_id' });
    });
  });

  describe('compare.timeline', () => {
    it('counts dated statements per side per ISO week, weeks starting on Monday', async () => {
      const { seed, api, article } = setup();
      // 2025-04-20 is a Sunday, 2025-04-21 a Monday.
      for (const [day, side] of [
        ['2025-04-14', 'pakistan'],
        ['2025-04-20', 'pakistan'],
        ['2025-04-20', 'afghanistan'],
        ['2025-04-21', 'pakistan'],
        ['2025-04-21', 'other'],
      ] as const) seed.statement({ article, quote: `${day} ${side}`, said_on: day, side });
      seed.statement({ article, quote: 'undated', said_on: null });
      const timeline = await api.ok('compare.timeline', { bucket: 'week' });
      expect(timeline).toEqual({
        bucket: 'week',
        points: [
          { period: '2025-04-14', side_id: 'afghanistan', count: 1 },
          { period: '2025-04-14', side_id: 'pakistan', count: 2 },
          { period: '2025-04-21', side_id: 'pakistan', count: 1 },
        ],
      });
    });

    it('counts per month under the matrix’s filters', async () => {
      const { seed, api, article } = setup();
      const topic = seed.tag('Zz Trade');
      seed.statement({ article, quote: 'a', said_on: '2025-03-31', tags: [topic] });
      seed.statement({ article, quote: 'b', said_on: '2025-04-01', tags: [topic] });
      seed.statement({ article, quote: 'c', said_on: '2025-04-30', tags: [topic], stance: 'hostile' });
      seed.statement({ article, quote: 'd', said_on: '2025-04-15' });
      expect((await api.ok('compare.timeline', {})).points).toEqual([
        { period: '2025-03-01', side_id: 'pakistan', count: 1 },
        { period: '2025-04-01', side_id: 'pakistan', count: 3 },
      ]);
      expect((await api.ok('compare.timeline', { filters: { topics: [topic], from: '2025-04-01' } })).points).toEqual([
        { period: '2025-04-01', side_id: 'pakistan', count: 2 },
      ]);
      expect((await api.ok('compare.timeline', { filters: { stances: ['hostile'] } })).points).toEqual([
        { period: '2025-04-01', side_id: 'pakistan', count: 1 },
      ]);
    });
  });

  describe('compare.setSummary', () => {
    it('stores, replaces and, when emptied, removes a side’s summary on a topic', async () => {
      const { seed, api, article } = setup();
      const topic = seed.tag('Zz Trade');
      seed.statement({ article, quote: 'trade', tags: [topic] });
      const summary = async () => (await api.ok('compare.matrix', {})).rows[0]!.cells[0]!.summary;

      expect(await api.ok('compare.setSummary', { topic_id: topic, side_id: 'pakistan', body: '  Wants trade.  ' })).toEqual({
        topic_id: topic,
        side_id: 'pakistan',
        body: 'Wants trade.',
      });
      expect(await summary()).toBe('Wants trade.');
      await api.ok('compare.setSummary', { topic_id: topic, side_id: 'pakistan', body: 'Wants more trade.' });
      expect(await summary()).toBe('Wants more trade.');
      await api.ok('compare.setSummary', { topic_id: topic, side_id: 'pakistan', body: ' ' });
      expect(await summary()).toBe('');
      expect(api.count('SELECT count(*) FROM position_summary')).toBe(0);
    });

    it('summarises the untagged row too, and refuses unknown topics and sides', async () => {
      const { api } = setup();
      await api.ok('compare.setSummary', { topic_id: '', side_id: 'afghanistan', body: 'Silent.' });
      expect(api.count(`SELECT count(*) FROM position_summary WHERE topic_id = '' AND side_id = 'afghanistan'`)).toBe(1);
      expect(await api.fails('compare.setSummary', { topic_id: 'nope', side_id: 'pakistan', body: 'x' })).toMatchObject({ field: 'topic_id' });
      expect(await api.fails('compare.setSummary', { topic_id: '', side_id: 'india', body: 'x' })).toMatchObject({ field: 'side_id' });
    });
  });

  describe('topics follow the codebook', () => {
    it('moves a statement when its highlight’s tags change', async () => {
      const { seed, api, article, b } = setup();
      const trade = seed.tag('Zz Trade');
      const security = seed.tag('Zz Security');
      const id = seed.statement({ article, quote: 'retagged', tags: [trade] });
      const annotationId = b.workspace.db.prepare('SELECT annotation_id FROM statement WHERE id = ?').pluck().get(id) as string;
      await api.ok('annotations.update', { id: annotationId, tag_ids: [security] });
      expect(Object.keys(layout(await api.ok('compare.matrix', {})))).toEqual(['Zz Security']);
      await api.ok('annotations.update', { id: annotationId, tag_ids: [] });
      expect(Object.keys(layout(await api.ok('compare.matrix', {})))).toEqual(['Untagged']);
    });

    it('follows a sub-tag moved to another topic, a merge, and their undo', async () => {
      const { seed, api, article } = setup();
      const trade = seed.tag('Zz Trade');
      const security = seed.tag('Zz Security');
      const transit = seed.tag('Transit', trade);
      seed.statement({ article, quote: 'transit', tags: [transit] });
      const topics = async () => Object.keys(layout(await api.ok('compare.matrix', {})));
      expect(await topics()).toEqual(['Zz Trade']);

      await api.ok('tags.update', { id: transit, parent_id: security });
      expect(await topics()).toEqual(['Zz Security']);
      await api.ok('history.undo', {});
      expect(await topics()).toEqual(['Zz Trade']);

      await api.ok('tags.merge', { from: transit, into: security });
      expect(await topics()).toEqual(['Zz Security']);
      await api.ok('history.undo', {});
      expect(await topics()).toEqual(['Zz Trade']);
    });

    it('follows a statement’s new side and date, and forgets a deleted highlight', async () => {
      const { seed, api, article, b } = setup();
      const id = seed.statement({ article, quote: 'moved', side: 'pakistan', said_on: '2025-04-01' });
      b.workspace.db.prepare(`UPDATE statement SET side_id = 'afghanistan', said_on = '2024-01-01' WHERE id = ?`).run(id);
      const cell = (await api.ok('compare.matrix', { filters: { to: '2024-12-31' } })).rows[0]!.cells;
      expect(cell.map((c) => c.count)).toEqual([0, 1]);
      const annotationId = b.workspace.db.prepare('SELECT annotation_id FROM statement WHERE id = ?').pluck().get(id) as string;
      await api.ok('annotations.delete', { id: annotationId });
      expect((await api.ok('compare.matrix', {})).rows).toEqual([]);
      expect(api.count('SELECT count(*) FROM statement_topic')).toBe(0);
    });
  });
});
