import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import { buildBriefingDocument } from '../../../electron/backend/services/briefingService.js';
import { useBackend } from '../../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';
import { annotating } from './annotatingHarness.js';

const DAR = 'Hopefully, within days, I will be visiting Kabul';
const MUTTAQI = 'Both countries should resolve their issues through dialogue';

/** The shared article (published 17 April 2025), with helpers to highlight and record statements on it. */
async function withArticle(backend: Backend) {
  const h = annotating(backend);
  const { id: articleId } = await h.ok('articles.create', {
    title: 'Pakistan, Afghanistan revive JCC talks', body: readFixture(JCC_ARTICLE), outlet: 'WE News English',
    url: 'https://wenewsenglish.pk/jcc-kabul', published_at: '2025-04-17',
  });
  const { body } = await h.ok('articles.get', { id: articleId });
  const span = (text: string) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`“${text}” is not in the article`);
    return { start, end: start + text.length };
  };
  const highlight = async (text: string, tag_ids: string[] = []) =>
    (await h.ok('annotations.create', { article_id: articleId, ...span(text), tag_ids })).id;
  /** A statement accepted as the suggestions panel does; its id. */
  const accept = async (text: string, actor_id: string, extra: { tag_ids?: string[]; said_on?: string } = {}) =>
    (await h.ok('suggestions.accept', { article_id: articleId, ...span(text), kind: 'direct', actor_id, ...extra })).id;
  const note = async (title = 'Kabul talks', extra: { author?: string; caveat?: string; note_date?: string } = {}) =>
    h.ok('briefings.create', { title, ...extra });
  return { ...h, articleId, highlight, accept, note };
}

describe('briefings.* channels', () => {
  const backend = useBackend();

  describe('notes', () => {
    it('creates a note with its header, and gets it back with no citations', async () => {
      const h = await withArticle(backend());
      const note = await h.note('Kabul talks', { author: 'Desk officer', caveat: 'OFFICIAL – SENSITIVE', note_date: '2025-04-18' });
      expect(note).toMatchObject({ title: 'Kabul talks', body: '', author: 'Desk officer', caveat: 'OFFICIAL – SENSITIVE', note_date: '2025-04-18' });
      expect(await h.ok('briefings.get', { id: note.id })).toEqual({ note, citations: [] });
    });

    it('dates a new note the day it was created unless told otherwise', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      expect(note.note_date).toBe(note.created_at.slice(0, 10));
    });

    it('refuses an empty title and an unknown note', async () => {
      const h = await withArticle(backend());
      expect(await h.fails('briefings.create', { title: '  ' })).toMatchObject({ code: 'invalid_input', field: 'title' });
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await h.fails('briefings.get', { id: missing })).toMatchObject({ code: 'not_found', field: 'id' });
      expect(await h.fails('briefings.update', { id: missing, body: 'x' })).toMatchObject({ code: 'not_found', field: 'id' });
      expect(await h.fails('briefings.delete', { id: missing })).toMatchObject({ code: 'not_found', field: 'id' });
    });

    it('lists notes newest updated first, with a plain excerpt and the citation count', async () => {
      const h = await withArticle(backend());
      const older = await h.note('Older note');
      const newer = await h.note('Newer note');
      const dar = await h.accept(DAR, 'pk-ishaq-dar');
      const { token } = await h.ok('briefings.cite', { note_id: older.id, kind: 'quote', target: { type: 'statement', id: dar } });
      await h.ok('briefings.update', { id: older.id, body: `# Summary\n\nDar **expects** a visit.\n${token}\n` });

      const list = await h.ok('briefings.list', {});
      expect(list.map((n) => n.title)).toEqual(['Older note', 'Newer note']);
      expect(list[0]).toMatchObject({ excerpt: 'Summary Dar expects a visit.', citation_count: 1 });
      expect(list[1]).toMatchObject({ id: newer.id, excerpt: '', citation_count: 0 });
      expect(list[0]).not.toHaveProperty('body');
    });

    it('searches titles and bodies, with a snippet of the body', async () => {
      const h = await withArticle(backend());
      const trade = await h.note('Trade at Torkham');
      await h.ok('briefings.update', { id: trade.id, body: 'Trucks waited for days at the crossing while officials talked.' });
      const refugees = await h.note('Deportations');
      await h.ok('briefings.update', { id: refugees.id, body: 'Refugees returned through Torkham in large numbers.' });
      await h.note('Unrelated');

      expect((await h.ok('briefings.list', { query: 'torkham' })).map((n) => n.title).sort()).toEqual(['Deportations', 'Trade at Torkham']);
      const [hit] = await h.ok('briefings.list', { query: 'officials' });
      expect(hit).toMatchObject({ title: 'Trade at Torkham' });
      expect(hit!.excerpt).toContain('officials talked');
      expect(await h.ok('briefings.list', { query: 'nowhere' })).toEqual([]);
      expect(await h.fails('briefings.list', { query: '-torkham' })).toMatchObject({ code: 'invalid_input', field: 'query' });
    });

    it('saves edits (the autosave); an unchanged save is no undo step', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const saved = await h.ok('briefings.update', { id: note.id, body: 'Draft', caveat: 'RESTRICTED', title: 'Renamed' });
      expect(saved).toMatchObject({ body: 'Draft', caveat: 'RESTRICTED', title: 'Renamed', author: '' });
      expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Edit briefing note' });
      await h.ok('history.undo', {});
      const before = await h.ok('history.state', {});
      const unchanged = await h.ok('briefings.update', { id: note.id, body: '', title: 'Kabul talks' });
      expect(unchanged).toEqual(note);
      expect(await h.ok('history.state', {})).toEqual(before);
    });

    it('undoes an edit and redoes it', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      await h.ok('briefings.update', { id: note.id, body: 'First draft' });
      await h.ok('briefings.update', { id: note.id, body: 'Second draft' });
      expect(await h.ok('history.undo', {})).toMatchObject({ redoLabel: 'Edit briefing note' });
      expect((await h.ok('briefings.get', { id: note.id })).note.body).toBe('First draft');
      expect((await h.ok('briefings.list', { query: 'first' })).map((n) => n.id)).toEqual([note.id]);
      await h.ok('history.redo', {});
      expect((await h.ok('briefings.get', { id: note.id })).note.body).toBe('Second draft');
    });

    it('deletes a note with its citations, and undo brings both back', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const dar = await h.accept(DAR, 'pk-ishaq-dar');
      await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id: dar } });
      expect(await h.ok('briefings.delete', { id: note.id })).toEqual({ id: note.id });
      expect(h.count('SELECT count(*) FROM citation')).toBe(0);
      expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Delete briefing note' });
      await h.ok('history.undo', {});
      expect((await h.ok('briefings.get', { id: note.id })).citations).toHaveLength(1);
    });
  });

  describe('citations', () => {
    it('cites a statement with its speaker, the role held that day, side, date, outlet and link', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const dar = await h.highlight(DAR);
      const statement = await h.ok('statements.create', { annotation_id: dar, actor_id: 'pk-ishaq-dar', kind: 'direct', said_on: '2023-01-10' });

      const { citation, token } = await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id: statement.id } });
      expect(token).toBe(`{{quote:${citation.id}}}`);
      expect(citation).toMatchObject({ note_id: note.id, kind: 'quote', target: { type: 'statement', id: statement.id }, status: 'current' });
      expect(citation.snapshot).toEqual({
        quote: DAR, speaker: 'Ishaq Dar', role: 'Minister for Finance', side_id: 'pakistan', side: 'Pakistan', said_on: '2023-01-10',
        outlet: 'WE News English', article_title: 'Pakistan, Afghanistan revive JCC talks', url: 'https://wenewsenglish.pk/jcc-kabul',
        language: 'en', direction: 'ltr',
      });
      expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Cite in briefing note' });
    });

    it('cites a highlight with no speaker, dated by its article', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const highlight = await h.highlight('Joint Coordination Committee');
      const { citation } = await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'annotation', id: highlight } });
      expect(citation.snapshot).toMatchObject({ quote: 'Joint Coordination Committee', speaker: null, role: null, side: null, said_on: '2025-04-17', outlet: 'WE News English' });
    });

    it('gives an Urdu quotation its language and right-to-left direction', async () => {
      const h = await withArticle(backend());
      const { id: articleId } = await h.ok('articles.create', {
        title: 'مذاکرات', body: 'اسلام آباد: وزیر خارجہ نے کہا کہ دونوں ممالک کو اپنے مسائل بات چیت سے حل کرنے چاہئیں۔',
      });
      const start = 'اسلام آباد: '.length;
      const highlight = (await h.ok('annotations.create', { article_id: articleId, start, end: start + 10 })).id;
      const note = await h.note();
      const { citation } = await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'annotation', id: highlight } });
      expect(citation.snapshot).toMatchObject({ language: 'ur', direction: 'rtl' });
    });

    it('refuses an unknown note, statement, highlight or topic', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(await h.fails('briefings.cite', { note_id: missing, kind: 'quote', target: { type: 'statement', id: missing } }))
        .toMatchObject({ code: 'not_found', field: 'note_id' });
      expect(await h.fails('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id: missing } }))
        .toMatchObject({ code: 'not_found', field: 'target.id' });
      expect(await h.fails('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'annotation', id: missing } }))
        .toMatchObject({ code: 'not_found', field: 'target.id' });
      expect(await h.fails('briefings.cite', { note_id: note.id, kind: 'compare', topic_id: 'no-such-topic' }))
        .toMatchObject({ code: 'not_found', field: 'topic_id' });
      expect(await h.fails('briefings.refreshCitation', { id: missing })).toMatchObject({ code: 'not_found', field: 'id' });
    });

    it('flags a cited statement as changed after an edit, and deleted once it is gone', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const statementId = await h.accept(DAR, 'pk-ishaq-dar');
      const { citation } = await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id: statementId } });

      await h.ok('statements.update', { id: statementId, stance: 'conciliatory' });
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]!.status).toBe('current');

      await h.ok('statements.update', { id: statementId, said_on: '2025-04-10' });
      const [changed] = (await h.ok('briefings.get', { id: note.id })).citations;
      expect(changed).toMatchObject({ id: citation.id, status: 'changed' });
      expect(changed!.snapshot).toEqual(citation.snapshot);

      await h.ok('statements.delete', { id: statementId });
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]!.status).toBe('deleted');
    });

    it('flags a cited highlight as deleted once it is deleted', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const highlight = await h.highlight('Joint Coordination Committee');
      await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'annotation', id: highlight } });
      await h.ok('annotations.delete', { id: highlight });
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]!.status).toBe('deleted');
    });

    it('updates a changed citation to the current version, and refuses one whose statement is deleted', async () => {
      const h = await withArticle(backend());
      const note = await h.note();
      const statementId = await h.accept(DAR, 'pk-ishaq-dar');
      const { citation } = await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id: statementId } });
      await h.ok('statements.update', { id: statementId, side_id: 'other' });

      const refreshed = await h.ok('briefings.refreshCitation', { id: citation.id });
      expect(refreshed).toMatchObject({ id: citation.id, status: 'current', snapshot: { side_id: 'other', side: 'Other', quote: DAR } });
      expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Update citation' });
      await h.ok('history.undo', {});
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]).toMatchObject({ status: 'changed', snapshot: { side_id: 'pakistan' } });

      await h.ok('statements.delete', { id: statementId });
      expect(await h.fails('briefings.refreshCitation', { id: citation.id })).toMatchObject({ code: 'conflict', field: 'id' });
    });

    it('cites a topic’s comparison: both sides’ newest statements (per_side each) and summaries', async () => {
      const h = await withArticle(backend());
      const { id: topic } = await h.ok('tags.create', { name: 'Zz Talks' });
      await h.accept('preparatory meetings have been ongoing', 'pk-ishaq-dar', { tag_ids: [topic], said_on: '2025-04-15' });
      await h.accept(DAR, 'pk-ishaq-dar', { tag_ids: [topic], said_on: '2025-04-17' });
      await h.accept(MUTTAQI, 'af-amir-khan-muttaqi', { tag_ids: [topic] });
      await h.ok('compare.setSummary', { topic_id: topic, side_id: 'afghanistan', body: 'Wants dialogue.' });
      const note = await h.note();

      const { citation, token } = await h.ok('briefings.cite', { note_id: note.id, kind: 'compare', topic_id: topic, per_side: 1 });
      expect(token).toBe(`{{compare:${citation.id}}}`);
      expect(citation).toMatchObject({ kind: 'compare', target: { type: 'topic', id: topic }, status: 'current' });
      if (citation.kind !== 'compare') throw new Error('not a comparison');
      expect(citation.snapshot.topic).toBe('Zz Talks');
      expect(citation.snapshot.sides.map((s) => [s.name, s.summary, s.statements.map((st) => st.quote)])).toEqual([
        ['Pakistan', '', [DAR]],
        ['Afghanistan', 'Wants dialogue.', [MUTTAQI]],
      ]);
      expect(citation.snapshot.sides[1]!.statements[0]).toMatchObject({ speaker: 'Amir Khan Muttaqi', side: 'Afghanistan' });
    });

    it('flags a comparison as changed when a statement in it is edited, and updates it on request', async () => {
      const h = await withArticle(backend());
      const { id: topic } = await h.ok('tags.create', { name: 'Zz Talks' });
      const darId = await h.accept(DAR, 'pk-ishaq-dar', { tag_ids: [topic] });
      await h.accept(MUTTAQI, 'af-amir-khan-muttaqi', { tag_ids: [topic] });
      const note = await h.note();
      const { citation } = await h.ok('briefings.cite', { note_id: note.id, kind: 'compare', topic_id: topic, sides: ['afghanistan', 'pakistan'] });

      await h.ok('statements.update', { id: darId, said_on: '2025-04-01' });
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]!.status).toBe('changed');

      const refreshed = await h.ok('briefings.refreshCitation', { id: citation.id });
      expect(refreshed.status).toBe('current');
      if (refreshed.kind !== 'compare') throw new Error('not a comparison');
      expect(refreshed.snapshot.sides.map((s) => s.side_id)).toEqual(['afghanistan', 'pakistan']);
      expect(refreshed.snapshot.sides[1]!.statements[0]).toMatchObject({ statement_id: darId, said_on: '2025-04-01' });

      await h.ok('statements.delete', { id: darId });
      expect((await h.ok('briefings.get', { id: note.id })).citations[0]!.status).toBe('changed');
    });
  });

  it('builds the export document of a note: its blocks, numbered sources and flags', async () => {
    const b = backend();
    const h = await withArticle(b);
    const note = await h.note('Kabul talks', { caveat: 'OFFICIAL', note_date: '2025-04-18' });
    const darId = await h.accept(DAR, 'pk-ishaq-dar');
    const muttaqiId = await h.accept(MUTTAQI, 'af-amir-khan-muttaqi');
    const cite = async (id: string) => (await h.ok('briefings.cite', { note_id: note.id, kind: 'quote', target: { type: 'statement', id } })).token;
    const body = `# Kabul talks\n\nBoth sides spoke.\n\n${await cite(muttaqiId)}\n${await cite(darId)}\n${await cite(muttaqiId)}`;
    await h.ok('briefings.update', { id: note.id, body });
    await h.ok('statements.update', { id: darId, said_on: '2025-04-11' });

    const document = buildBriefingDocument(b.workspace.db, note.id);
    expect(document).toMatchObject({ title: 'Kabul talks', date: '18 April 2025', caveat: 'OFFICIAL' });
    expect(document.blocks.map((block) => (block.type === 'quote' ? `${block.source}:${block.status}` : block.type))).toEqual([
      'heading', 'paragraph', '1:current', '2:changed', '1:current',
    ]);
    expect(document.sources.map((s) => s.speaker)).toEqual([
      'Amir Khan Muttaqi, Minister of Foreign Affairs (acting) (Afghanistan), 17 April 2025',
      'Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025',
    ]);
  });
});
