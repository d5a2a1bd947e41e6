import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Backend } from '../../../../electron/backend/app';
import type { Api } from '../../../../renderer/api/client';
import { ReaderRoom } from '../../../../renderer/features/reader/ReaderRoom';
import { createAppStore } from '../../../../renderer/store/appStore';
import { AppStoreProvider } from '../../../../renderer/store/AppStoreProvider';
import type { OpenArticleOptions } from '../../../../renderer/store/readerSlice';
import type { Article, ArticleCreateInput } from '../../../../shared/domain/article';

/** Stores an article through the real `articles.create` handler, as the paste form would. */
export async function createArticle(backend: Backend, input: ArticleCreateInput): Promise<Article> {
  const result = await backend.dispatch('articles.create', input);
  if (!result.ok) throw new Error(`articles.create failed: ${result.error.message}`);
  return result.value as Article;
}

/**
 * Gives an article earlier texts the way a re-import does (schema 20's article_revision rows,
 * newest revision on the article itself), without depending on the importer.
 */
export function addEarlierTexts(
  backend: Backend,
  id: string,
  earlier: { title: string; body: string; imported_at: string; replaced_at: string }[],
  updatedAt: string,
): void {
  const db = backend.workspace.db;
  const keep = db.prepare(
    `INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  earlier.forEach((text, i) => keep.run(id, i + 1, text.title, text.body, `earlier-${id}-${i}`, text.imported_at, text.replaced_at));
  db.prepare('UPDATE article SET revision = ?, updated_at = ? WHERE id = ?').run(earlier.length + 1, updatedAt, id);
}

export function setSourceFile(backend: Backend, id: string, sourceName: string): void {
  backend.workspace.db.prepare('UPDATE article SET source_name = ? WHERE id = ?').run(sourceName, id);
}

/** The reader room alone, on its own store, as the library or a search result opens it. */
export function renderReader(api: Api) {
  const store = createAppStore(api);
  const user = userEvent.setup();
  render(
    <AppStoreProvider store={store}>
      <ReaderRoom />
    </AppStoreProvider>,
  );
  return { store, user };
}

/** Opens `id` in a freshly rendered reader and waits until it (and its earlier texts) loaded. */
export async function readArticle(api: Api, id: string, options?: OpenArticleOptions) {
  const reader = renderReader(api);
  await act(() => reader.store.getState().openArticle(id, options));
  return { ...reader, article: screen.getByRole('article') };
}
