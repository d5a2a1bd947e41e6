import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/appStore';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Article } from '../../../shared/domain/article';
import { useBackendApi } from '../helpers/backendApi';

describe('reader slice', () => {
  const backendApi = useBackendApi();

  async function storeWithArticle() {
    const { api, backend, calls } = backendApi();
    const created = await backend.dispatch('articles.create', { title: 'Torkham', body: 'Torkham reopened.' });
    if (!created.ok) throw new Error(created.error.message);
    return { store: createAppStore(api), id: (created.value as Article).id, calls, backend };
  }

  it('keeps the search an article was opened from, trimmed', async () => {
    const { store, id } = await storeWithArticle();
    await store.getState().openArticle(id, { highlightQuery: '  torkham  ' });

    expect(store.getState().reader.highlightQuery).toBe('torkham');
    expect(store.getState().reader.article?.id).toBe(id);
    expect(store.getState().room).toBe('reader');
  });

  it('forgets the search when the next article is opened without one', async () => {
    const { store, id } = await storeWithArticle();
    await store.getState().openArticle(id, { highlightQuery: 'torkham' });
    await store.getState().openArticle(id);

    expect(store.getState().reader.highlightQuery).toBeNull();
  });

  it('treats a blank search as none', async () => {
    const { store, id } = await storeWithArticle();
    await store.getState().openArticle(id, { highlightQuery: '   ' });

    expect(store.getState().reader.highlightQuery).toBeNull();
  });

  it('clears the search without closing the article', async () => {
    const { store, id } = await storeWithArticle();
    await store.getState().openArticle(id, { highlightQuery: 'torkham' });
    store.getState().clearHighlight();

    expect(store.getState().reader.highlightQuery).toBeNull();
    expect(store.getState().reader.article?.id).toBe(id);
  });

  it('asks for earlier texts only when the article has some', async () => {
    const { store, id, calls } = await storeWithArticle();
    await store.getState().openArticle(id);

    expect(calls.map((c) => c.channel)).toEqual(['articles.open']);
    expect(store.getState().reader.revisions).toBeNull();
  });

  async function storeWithHighlight() {
    const opened = await storeWithArticle();
    const made = await opened.backend.dispatch('annotations.create', { article_id: opened.id, start: 0, end: 7 });
    if (!made.ok) throw new Error(made.error.message);
    return { ...opened, highlightId: (made.value as Annotation).id };
  }

  it('shows the highlights that came with the article without asking for them again', async () => {
    const { store, id, calls, highlightId } = await storeWithHighlight();
    await store.getState().openArticle(id);
    await store.getState().loadAnnotations(id);

    expect(store.getState().annotate.annotations.map((a) => a.id)).toEqual([highlightId]);
    expect(store.getState().annotate.loaded).toBe(true);
    expect(calls.map((c) => c.channel)).not.toContain('annotations.list');
  });

  it('uses the highlights that came with the article once, then asks again', async () => {
    const { store, id, calls } = await storeWithHighlight();
    await store.getState().openArticle(id);
    await store.getState().loadAnnotations(id);
    await store.getState().loadAnnotations(id);

    expect(calls.filter((c) => c.channel === 'annotations.list')).toHaveLength(1);
  });

  it('asks again when something changed between opening the article and showing its highlights', async () => {
    const { store, id, calls } = await storeWithHighlight();
    await store.getState().openArticle(id);
    await store.getState().reloadAnnotations();
    await store.getState().loadAnnotations(id);

    expect(calls.filter((c) => c.channel === 'annotations.list')).toHaveLength(1);
    expect(store.getState().annotate.annotations).toHaveLength(1);
  });

  it('shows the statements that came with the article without asking for them again, and asks after a reload', async () => {
    const { store, id, calls, highlightId, backend } = await storeWithHighlight();
    const made = await backend.dispatch('statements.create', { annotation_id: highlightId, actor_id: 'pk-ishaq-dar', kind: 'reported' });
    if (!made.ok) throw new Error(made.error.message);
    await store.getState().openArticle(id);
    await store.getState().loadStatements(id);

    expect(store.getState().statements.statements.map((s) => s.annotation_id)).toEqual([highlightId]);
    expect(calls.map((c) => c.channel)).not.toContain('statements.list');

    await store.getState().reloadStatements();
    expect(calls.filter((c) => c.channel === 'statements.list')).toHaveLength(1);
  });
});
