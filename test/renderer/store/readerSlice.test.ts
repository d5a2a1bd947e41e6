import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/appStore';
import type { Article } from '../../../shared/domain/article';
import { useBackendApi } from '../helpers/backendApi';

describe('reader slice', () => {
  const backendApi = useBackendApi();

  async function storeWithArticle() {
    const { api, backend, calls } = backendApi();
    const created = await backend.dispatch('articles.create', { title: 'Torkham', body: 'Torkham reopened.' });
    if (!created.ok) throw new Error(created.error.message);
    return { store: createAppStore(api), id: (created.value as Article).id, calls };
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

    expect(calls.map((c) => c.channel)).toEqual(['articles.get']);
    expect(store.getState().reader.revisions).toBeNull();
  });
});
