import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import { useBackend } from '../../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';
import { annotating } from './annotatingHarness.js';


/** The shared article (published Thursday 17 April 2025) and typed calls on its backend. */
async function withArticle(backend: Backend) {
  const h = annotating(backend);
  const { id: articleId } = await h.ok('articles.create', {
    title: 'Pakistan, Afghanistan revive JCC talks', body: readFixture(JCC_ARTICLE), outlet: 'WE News English', published_at: '2025-04-17',
  });
  // Offsets are into the stored text (its key points list is taken out on the way in).
  const { body } = await h.ok('articles.get', { id: articleId });
  const span = (text: string) => {
    const start = body.indexOf(text);
    if (start < 0) throw new Error(`“${text}” is not in the article`);
    return { start, end: start + text.length };
  };
  const highlight = async (text: string, tag_ids: string[] = []) =>
    (await h.ok('annotations.create', { article_id: articleId, ...span(text), tag_ids })).id;
  return { ...h, articleId, body, highlight };
}

describe('statements.* channels', () => {
  const backend = useBackend();

  it('takes the side from the actor and the day from "on Thursday" in the quote’s sentence', async () => {
    const h = await withArticle(backend());
    await h.ok('articles.update', { id: h.articleId, published_at: '2025-04-19' });
    const annotationId = await h.highlight('preparatory meetings have been ongoing');
    const statement = await h.ok('statements.create', { annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    expect(statement).toMatchObject({
      annotation_id: annotationId, article_id: h.articleId, actor_id: 'pk-ishaq-dar', speaker: 'Ishaq Dar',
      side_id: 'pakistan', kind: 'reported', stance: null, said_on: '2025-04-17', responds_to: null,
      quote: 'preparatory meetings have been ongoing', tag_ids: [],
    });
  });

  it('falls back to the article’s date, and keeps a side and date given explicitly', async () => {
    const h = await withArticle(backend());
    const muttaqi = await h.highlight('Both countries should resolve their issues through dialogue');
    expect(await h.ok('statements.create', { annotation_id: muttaqi, actor_id: 'af-amir-khan-muttaqi', kind: 'direct' }))
      .toMatchObject({ side_id: 'afghanistan', said_on: '2025-04-17' });
    const dar = await h.highlight('Hopefully, within days');
    expect(await h.ok('statements.create', {
      annotation_id: dar, actor_id: 'pk-ishaq-dar', kind: 'direct', side_id: 'other', said_on: '2025-04-10', stance: 'conciliatory',
    })).toMatchObject({ side_id: 'other', said_on: '2025-04-10', stance: 'conciliatory' });
  });

  it('records a speaker the registry does not know by the text’s name, with no side', async () => {
    const h = await withArticle(backend());
    const annotationId = await h.highlight('the initiation of talks is a positive development');
    expect(await h.ok('statements.create', { annotation_id: annotationId, speaker_text: 'Tahir Khan', kind: 'reported' }))
      .toMatchObject({ actor_id: null, speaker_text: 'Tahir Khan', speaker: 'Tahir Khan', side_id: null });
  });

  it('refuses a second statement on one highlight, unknown references and a statement without a speaker', async () => {
    const h = await withArticle(backend());
    const annotationId = await h.highlight('preparatory meetings');
    await h.ok('statements.create', { annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    expect(await h.fails('statements.create', { annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'reported' }))
      .toMatchObject({ code: 'conflict', field: 'annotation_id' });
    const other = await h.highlight('Hopefully');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await h.fails('statements.create', { annotation_id: missing, actor_id: 'pk-ishaq-dar', kind: 'direct' })).toMatchObject({ code: 'not_found', field: 'annotation_id' });
    expect(await h.fails('statements.create', { annotation_id: other, actor_id: 'nobody', kind: 'direct' })).toMatchObject({ code: 'not_found', field: 'actor_id' });
    expect(await h.fails('statements.create', { annotation_id: other, actor_id: 'pk-ishaq-dar', side_id: 'mars', kind: 'direct' })).toMatchObject({ code: 'not_found', field: 'side_id' });
    expect(await h.fails('statements.create', { annotation_id: other, actor_id: 'pk-ishaq-dar', kind: 'direct', responds_to: missing })).toMatchObject({ code: 'not_found', field: 'responds_to' });
    expect(await h.fails('statements.create', { annotation_id: other, kind: 'direct' })).toMatchObject({ code: 'invalid_input', field: 'actor_id' });
    expect(h.count('SELECT count(*) FROM statement')).toBe(1);
  });

  it('updates every field; a new speaker brings their side unless the side was set apart', async () => {
    const h = await withArticle(backend());
    const first = await h.ok('statements.create', { annotation_id: await h.highlight('preparatory meetings'), actor_id: 'pk-ishaq-dar', kind: 'reported' });
    const reply = await h.ok('statements.create', { annotation_id: await h.highlight('Both countries should'), actor_id: 'pk-ishaq-dar', kind: 'direct' });
    const edited = await h.ok('statements.update', {
      id: reply.id, actor_id: 'af-amir-khan-muttaqi', stance: 'critical', said_on: '2025-04-16', responds_to: first.id, kind: 'reported',
    });
    expect(edited).toMatchObject({ actor_id: 'af-amir-khan-muttaqi', side_id: 'afghanistan', stance: 'critical', said_on: '2025-04-16', responds_to: first.id, kind: 'reported' });
    await h.ok('statements.update', { id: reply.id, side_id: 'other' });
    expect(await h.ok('statements.update', { id: reply.id, actor_id: 'pk-ishaq-dar' })).toMatchObject({ side_id: 'other', speaker: 'Ishaq Dar' });
    expect(await h.ok('statements.update', { id: reply.id, said_on: null, stance: null })).toMatchObject({ said_on: null, stance: null });
  });

  it('refuses a statement responding to itself or to one that does not exist, and losing its speaker', async () => {
    const h = await withArticle(backend());
    const statement = await h.ok('statements.create', { annotation_id: await h.highlight('preparatory meetings'), actor_id: 'pk-ishaq-dar', kind: 'reported' });
    expect(await h.fails('statements.update', { id: statement.id, responds_to: statement.id })).toMatchObject({ code: 'invalid_input', field: 'responds_to' });
    expect(await h.fails('statements.update', { id: statement.id, responds_to: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found', field: 'responds_to' });
    expect(await h.fails('statements.update', { id: statement.id, actor_id: null })).toMatchObject({ code: 'invalid_input', field: 'actor_id' });
    expect(await h.fails('statements.update', { id: '00000000-0000-4000-8000-000000000000', stance: null })).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('deletes a statement and keeps its highlight', async () => {
    const h = await withArticle(backend());
    const annotationId = await h.highlight('preparatory meetings');
    const statement = await h.ok('statements.create', { annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    expect(await h.ok('statements.delete', { id: statement.id })).toEqual({ id: statement.id });
    expect(await h.ok('statements.list', { article_id: h.articleId })).toEqual([]);
    expect((await h.ok('annotations.list', { article_id: h.articleId })).map((a) => a.id)).toEqual([annotationId]);
    expect(await h.fails('statements.delete', { id: statement.id })).toMatchObject({ code: 'not_found' });
  });

  it('deletes the statement with its highlight, and undo brings both back', async () => {
    const h = await withArticle(backend());
    const annotationId = await h.highlight('preparatory meetings');
    await h.ok('statements.create', { annotation_id: annotationId, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    await h.ok('annotations.delete', { id: annotationId });
    expect(h.count('SELECT count(*) FROM statement')).toBe(0);
    await h.ok('history.undo', {});
    expect((await h.ok('statements.list', { article_id: h.articleId })).map((s) => s.annotation_id)).toEqual([annotationId]);
  });

  it('lists an article’s statements in text order with their tags, and counts them in the library', async () => {
    const h = await withArticle(backend());
    const [topic] = (await h.ok('tags.list', {})).filter((t) => t.parent_id === null);
    const later = await h.highlight('Both countries should', [topic!.id]);
    const earlier = await h.highlight('preparatory meetings');
    await h.ok('statements.create', { annotation_id: later, actor_id: 'af-amir-khan-muttaqi', kind: 'direct' });
    await h.ok('statements.create', { annotation_id: earlier, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    const listed = await h.ok('statements.list', { article_id: h.articleId });
    expect(listed.map((s) => [s.annotation_id, s.tag_ids])).toEqual([[earlier, []], [later, [topic!.id]]]);
    expect((await h.ok('articles.list', {})).items[0]).toMatchObject({ highlight_count: 2, statement_count: 2 });
    expect(await h.fails('statements.list', { article_id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found' });
  });

  it('makes marking, editing and deleting a statement undo steps', async () => {
    const h = await withArticle(backend());
    const statement = await h.ok('statements.create', { annotation_id: await h.highlight('preparatory meetings'), actor_id: 'pk-ishaq-dar', kind: 'reported' });
    expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Mark statement' });
    await h.ok('statements.update', { id: statement.id, stance: 'hostile' });
    expect(await h.ok('history.undo', {})).toMatchObject({ undoLabel: 'Mark statement' });
    expect((await h.ok('statements.list', { article_id: h.articleId }))[0]!.stance).toBeNull();
    await h.ok('history.undo', {});
    expect(await h.ok('statements.list', { article_id: h.articleId })).toEqual([]);
  });
});

describe('suggestions.* channels', () => {
  const backend = useBackend();

  it('suggests Dar, Sadiq Khan and Muttaqi with their sides and the article’s date', async () => {
    const h = await withArticle(backend());
    const suggestions = await h.ok('suggestions.list', { article_id: h.articleId });
    const bySpeaker = (actorId: string) => suggestions.filter((s) => s.actor_id === actorId);
    expect(bySpeaker('pk-ishaq-dar')[0]).toMatchObject({ speaker: 'Ishaq Dar', side_id: 'pakistan', said_on: '2025-04-17' });
    expect(bySpeaker('pk-mohammad-sadiq-khan')[0]).toMatchObject({ side_id: 'pakistan' });
    expect(bySpeaker('af-amir-khan-muttaqi')[0]).toMatchObject({ side_id: 'afghanistan', kind: 'direct' });
    for (const s of suggestions) expect(h.body.slice(s.start, s.end)).toBe(s.quote);
  });

  it('accepts a suggestion as a highlight tagged with the topics and a statement, then no longer suggests it', async () => {
    const h = await withArticle(backend());
    const [topic] = (await h.ok('tags.list', {})).filter((t) => t.parent_id === null);
    const dar = (await h.ok('suggestions.list', { article_id: h.articleId })).find((s) => s.kind === 'direct' && s.actor_id === 'pk-ishaq-dar')!;
    const statement = await h.ok('suggestions.accept', {
      article_id: h.articleId, start: dar.start, end: dar.end, kind: dar.kind, actor_id: dar.actor_id, tag_ids: [topic!.id],
    });
    expect(statement).toMatchObject({ actor_id: 'pk-ishaq-dar', side_id: 'pakistan', quote: dar.quote, tag_ids: [topic!.id], said_on: '2025-04-17' });
    expect((await h.ok('annotations.list', { article_id: h.articleId }))[0]).toMatchObject({ id: statement.annotation_id, exact: dar.quote });
    const after = await h.ok('suggestions.list', { article_id: h.articleId });
    expect(after.some((s) => s.start < dar.end && dar.start < s.end)).toBe(false);
  });

  it('accepts in one undo step and undoes both the highlight and the statement', async () => {
    const h = await withArticle(backend());
    const [first] = await h.ok('suggestions.list', { article_id: h.articleId });
    await h.ok('suggestions.accept', { article_id: h.articleId, start: first!.start, end: first!.end, kind: first!.kind, actor_id: first!.actor_id });
    expect(await h.ok('history.state', {})).toMatchObject({ undoLabel: 'Accept suggestion' });
    await h.ok('history.undo', {});
    expect(h.count('SELECT count(*) FROM statement') + h.count('SELECT count(*) FROM annotation')).toBe(0);
    expect((await h.ok('suggestions.list', { article_id: h.articleId }))[0]).toEqual(first);
  });

  it('refuses to accept a span outside the text or with an unknown tag, writing nothing', async () => {
    const h = await withArticle(backend());
    expect(await h.fails('suggestions.accept', { article_id: h.articleId, start: 0, end: h.body.length + 5, kind: 'direct', speaker_text: 'X' }))
      .toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await h.fails('suggestions.accept', { article_id: h.articleId, start: 0, end: 9, kind: 'direct', speaker_text: 'X', tag_ids: ['00000000-0000-4000-8000-000000000000'] }))
      .toMatchObject({ code: 'not_found', field: 'tag_ids' });
    expect(h.count('SELECT count(*) FROM annotation')).toBe(0);
  });

  it('remembers a rejected suggestion, and undo of the rejection brings it back', async () => {
    const h = await withArticle(backend());
    const [first] = await h.ok('suggestions.list', { article_id: h.articleId });
    const rejection = { article_id: h.articleId, start: first!.start, end: first!.end };
    expect(await h.ok('suggestions.reject', rejection)).toEqual(rejection);
    expect((await h.ok('suggestions.list', { article_id: h.articleId })).some((s) => s.start === first!.start && s.end === first!.end)).toBe(false);
    expect(h.count('SELECT count(*) FROM suggestion_rejection')).toBe(1);
    expect(await h.ok('history.undo', {})).toMatchObject({ redoLabel: 'Reject suggestion' });
    expect((await h.ok('suggestions.list', { article_id: h.articleId }))[0]).toEqual(first);
    expect(await h.fails('suggestions.reject', { ...rejection, end: h.body.length + 1 })).toMatchObject({ code: 'invalid_input', field: 'end' });
  });

  it('accepts every suggestion at or above the confidence that names a speaker, in one step', async () => {
    const h = await withArticle(backend());
    const suggestions = await h.ok('suggestions.list', { article_id: h.articleId });
    const { accepted } = await h.ok('suggestions.acceptAll', { article_id: h.articleId, min_confidence: 0.8 });
    expect(accepted.length).toBeGreaterThan(2);
    const sure = suggestions.filter((s) => s.confidence >= 0.8 && s.speaker !== null);
    expect(accepted.map((s) => s.quote)).toEqual(sure.filter((s) => accepted.some((a) => a.quote === s.quote)).map((s) => s.quote));
    expect(new Set(accepted.map((s) => s.actor_id))).toEqual(new Set(['pk-ishaq-dar', 'pk-mohammad-sadiq-khan', 'af-amir-khan-muttaqi']));
    expect(await h.ok('statements.list', { article_id: h.articleId })).toHaveLength(accepted.length);
    expect((await h.ok('suggestions.list', { article_id: h.articleId })).every((s) => s.confidence < 0.8 || s.speaker === null)).toBe(true);
    expect(await h.ok('history.undo', {})).toMatchObject({ redoLabel: 'Accept all suggestions' });
    expect(h.count('SELECT count(*) FROM statement')).toBe(0);
  });

  it('resolves a speaker added to the registry the next time it suggests', async () => {
    const h = await withArticle(backend());
    const before = await h.ok('suggestions.list', { article_id: h.articleId });
    expect(before.some((s) => s.speaker_mention === 'Tahir Khan' && s.actor_id === null)).toBe(true);
    const tahir = await h.ok('actors.create', { name: 'Tahir Khan', side_id: 'other' });
    const after = await h.ok('suggestions.list', { article_id: h.articleId });
    expect(after.find((s) => s.speaker_mention === 'Tahir Khan')).toMatchObject({ actor_id: tahir.id, side_id: 'other' });
  });

  it('answers not_found for an article that does not exist', async () => {
    const h = annotating(backend());
    expect(await h.fails('suggestions.list', { article_id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'not_found', field: 'article_id' });
  });
});
