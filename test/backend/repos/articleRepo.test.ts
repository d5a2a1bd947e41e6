import { describe, expect, it } from 'vitest';
import { articleRepo } from '../../../electron/backend/repos/articleRepo.js';
import { prepareArticle } from '../../../electron/backend/services/articleService.js';
import { useBackend } from '../../helpers/backend.js';

function seed(repo: ReturnType<typeof articleRepo>) {
  const make = (title: string, outlet: string, published_at: string, minute: number) => {
    const article = prepareArticle({ title, body: `${title} body text.`, outlet, published_at }, new Date(Date.UTC(2025, 3, 17, 10, minute)));
    repo.insert(article);
    return article;
  };
  return [
    make('beta talks', 'Dawn', '2025-04-15', 1),
    make('Alpha border', 'Tolo News', '2025-04-17', 2),
    make('gamma refugees', 'Ariana', '2025-04-16', 3),
  ];
}

describe('articleRepo', () => {
  const backend = useBackend();

  it('stores an article and reads it back whole', () => {
    const repo = articleRepo(backend().workspace.db);
    const [first] = seed(repo);
    expect(repo.get(first!.id)).toEqual(first);
  });

  it('lists newest imports first by default and reports the total', () => {
    const repo = articleRepo(backend().workspace.db);
    seed(repo);
    const page = repo.list({ filters: {}, sort: 'imported_at', order: 'desc', offset: 0, limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((a) => a.title)).toEqual(['gamma refugees', 'Alpha border']);
    expect(page.items[0]).not.toHaveProperty('body');
  });

  it('sorts titles without regard to case', () => {
    const repo = articleRepo(backend().workspace.db);
    seed(repo);
    const page = repo.list({ filters: {}, sort: 'title', order: 'asc', offset: 0, limit: 10 });
    expect(page.items.map((a) => a.title)).toEqual(['Alpha border', 'beta talks', 'gamma refugees']);
  });

  it('pages through the list with offset and limit', () => {
    const repo = articleRepo(backend().workspace.db);
    seed(repo);
    const page = repo.list({ filters: {}, sort: 'published_at', order: 'desc', offset: 1, limit: 1 });
    expect(page.items.map((a) => a.published_at)).toEqual(['2025-04-16']);
  });

  it('keeps the full-text index in step with inserts', () => {
    const { db } = backend().workspace;
    const repo = articleRepo(db);
    seed(repo);
    const hit = db.prepare(`SELECT a.title FROM article_fts f JOIN article a ON a.rowid = f.rowid WHERE article_fts MATCH 'refugees'`).pluck().all();
    expect(hit).toEqual(['gamma refugees']);
  });
});
