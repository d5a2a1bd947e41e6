import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { statementRepo } from '../repos/statementRepo.js';
import { createArticle } from '../services/articleService.js';
import type { Workspace } from '../workspace.js';

export function articleHandlers(
  workspace: Workspace,
): HandlerGroup<
  | 'articles.create' | 'articles.list' | 'articles.get' | 'articles.open' | 'articles.update' | 'articles.delete'
  | 'articles.facets' | 'articles.revisions'
> {
  const articles = articleRepo(workspace.db);
  const annotations = annotationRepo(workspace.db);
  const statements = statementRepo(workspace.db);
  function mustGet(id: string) {
    const article = articles.get(id);
    if (!article) throw new AppError('not_found', `No article with id ${id}.`, 'id');
    return article;
  }
  return {
    'articles.create': (input) => createArticle(articles, input),
    'articles.list': (input) => articles.list(input),
    'articles.get': ({ id }) => mustGet(id),
    'articles.open': ({ id }) => {
      const article = mustGet(id);
      const highlights = annotations.listForArticle(id);
      const tags = new Map(highlights.map((h) => [h.id, h.tag_ids]));
      return { article, annotations: highlights, statements: statements.listForArticle(id, tags) };
    },
    'articles.update': ({ id, ...changes }) => {
      const article = articles.update(id, changes);
      if (!article) throw new AppError('not_found', `No article with id ${id}.`, 'id');
      return article;
    },
    'articles.delete': ({ id }) => {
      const removed = articles.delete(id);
      if (!removed) throw new AppError('not_found', `No article with id ${id}.`, 'id');
      return removed;
    },
    'articles.facets': () => articles.facets(),
    'articles.revisions': ({ id }) => {
      mustGet(id);
      return articles.revisions(id);
    },
  };
}
