import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import { articleRepo } from '../repos/articleRepo.js';
import { createArticle } from '../services/articleService.js';
import type { Workspace } from '../workspace.js';

export function articleHandlers(
  workspace: Workspace,
): HandlerGroup<
  'articles.create' | 'articles.list' | 'articles.get' | 'articles.update' | 'articles.delete' | 'articles.facets' | 'articles.revisions'
> {
  const articles = articleRepo(workspace.db);
  return {
    'articles.create': (input) => createArticle(articles, input),
    'articles.list': (input) => articles.list(input),
    'articles.get': ({ id }) => {
      const article = articles.get(id);
      if (!article) throw new AppError('not_found', `No article with id ${id}.`, 'id');
      return article;
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
      if (!articles.get(id)) throw new AppError('not_found', `No article with id ${id}.`, 'id');
      return articles.revisions(id);
    },
  };
}
