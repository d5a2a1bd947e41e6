import { describe, expect, it } from 'vitest';
import { useBackend } from '../../helpers/backend.js';
import { annotating, BODY } from './annotatingHarness.js';

const MISSING = '00000000-0000-4000-8000-000000000000';
const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });

describe('articles.open', () => {
  const backend = useBackend();

  /** An article with highlights out of creation order, one orphaned, two tagged, two of them statements. */
  async function annotatedArticle() {
    const started = backend();
    const h = annotating(started);
    const articleId = await h.article();
    const [jcc, ttp] = [await h.tagNamed('JCC'), await h.tagNamed('TTP')];
    const late = await h.ok('annotations.create', { article_id: articleId, ...span('TTP'), tag_ids: [ttp.id] });
    const orphan = await h.ok('annotations.create', { article_id: articleId, ...span('ISLAMABAD') });
    const early = await h.ok('annotations.create', { article_id: articleId, ...span('Pakistan'), tag_ids: [ttp.id, jcc.id] });
    const overlapping = await h.ok('annotations.create', { article_id: articleId, ...span('Pakistan and Afghanistan') });
    started.workspace.db.prepare(`UPDATE annotation SET status = 'orphaned' WHERE id = ?`).run(orphan.id);
    await h.ok('statements.create', { annotation_id: late.id, speaker_text: 'A spokesman', kind: 'reported' });
    await h.ok('statements.create', { annotation_id: early.id, actor_id: 'pk-ishaq-dar', kind: 'direct' });
    return { ...h, articleId, ids: { late: late.id, orphan: orphan.id, early: early.id, overlapping: overlapping.id }, tags: { jcc: jcc.id, ttp: ttp.id } };
  }

  it('answers the article with its highlights in text order, orphans last, each with its tags in order', async () => {
    const { ok, articleId, ids, tags } = await annotatedArticle();
    const opened = await ok('articles.open', { id: articleId });

    expect(opened.article).toEqual(await ok('articles.get', { id: articleId }));
    expect(opened.annotations.map((a) => a.id)).toEqual([ids.early, ids.overlapping, ids.late, ids.orphan]);
    expect(opened.annotations.map((a) => a.tag_ids)).toEqual([[tags.ttp, tags.jcc], [], [tags.ttp], []]);
    expect(opened.annotations).toEqual(await ok('annotations.list', { article_id: articleId }));
  });

  it('answers the article’s statements in text order with their highlights’ tags, as statements.list does', async () => {
    const { ok, articleId, ids, tags } = await annotatedArticle();
    const { statements } = await ok('articles.open', { id: articleId });

    expect(statements.map((s) => [s.annotation_id, s.speaker, s.tag_ids])).toEqual([
      [ids.early, 'Ishaq Dar', [tags.ttp, tags.jcc]],
      [ids.late, 'A spokesman', [tags.ttp]],
    ]);
    expect(statements).toEqual(await ok('statements.list', { article_id: articleId }));
  });

  it('answers not_found naming the id for an article that does not exist', async () => {
    const { fails } = annotating(backend());
    expect(await fails('articles.open', { id: MISSING })).toMatchObject({ code: 'not_found', field: 'id' });
  });
});
