import { screen, within } from '@testing-library/react';
import { articleRepo } from '../../../../electron/backend/repos/articleRepo';
import { prepareArticle } from '../../../../electron/backend/services/articleService';
import type { ArticleCreateInput } from '../../../../shared/domain/article';
import type { BackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';

export type Seed = Pick<ArticleCreateInput, 'title' | 'outlet' | 'published_at' | 'url'> & { body?: string };

/** Stores the articles in one transaction, imported a minute apart in the order given. */
export function seedArticles(backend: BackendApi, seeds: Seed[]): void {
  const { db } = backend.backend.workspace;
  const repo = articleRepo(db);
  db.transaction(() => {
    seeds.forEach(({ body, ...seed }, index) => {
      const text = body ?? `${seed.title}. The body text of article ${index}.`;
      repo.insert(prepareArticle({ ...seed, body: text }, new Date(Date.UTC(2025, 3, 1, 0, index))));
    });
  })();
}

/** The app on the real backend, after the library's first page has arrived. */
export async function renderLibrary(backend: BackendApi) {
  const app = renderApp(backend);
  const grid = await screen.findByRole('grid', { name: 'Articles' });
  return { ...app, grid };
}

/** The grid's article rows (not the header), as rendered. */
export function articleRows(): HTMLElement[] {
  return within(screen.getByRole('grid', { name: 'Articles' }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

/** The titles of the rendered rows, top to bottom. */
export function shownTitles(): string[] {
  return articleRows().map((row) => within(row).getAllByRole('gridcell')[0]!.textContent ?? '');
}

/** The rendered row showing `title`. */
export function rowOf(title: string): HTMLElement {
  const row = articleRows().find((candidate) => within(candidate).queryByRole('button', { name: title }));
  if (!row) throw new Error(`No row shows “${title}”.`);
  return row;
}
