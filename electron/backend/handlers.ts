import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.js';
import { SCHEMA_VERSION } from './db/migrations/index.js';
import { schemaVersion } from './db/migrate.js';
import { AppError } from './errors.js';
import { articleRepo } from './repos/articleRepo.js';
import { createArticle } from './services/articleService.js';
import type { Workspace } from './workspace.js';

/** One function per channel. Each runs inside the transaction the dispatcher opens. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> };

export function createHandlers(workspace: Workspace): Handlers {
  const articles = articleRepo(workspace.db);
  return {
    'workspace.info': () => ({
      file: workspace.file,
      schemaVersion: schemaVersion(workspace.db) || SCHEMA_VERSION,
      articleCount: articles.count(),
    }),
    'articles.create': (input) => createArticle(articles, input),
    'articles.list': (input) => articles.list(input),
    'articles.get': ({ id }) => {
      const article = articles.get(id);
      if (!article) throw new AppError('not_found', `No article with id ${id}.`, 'id');
      return article;
    },
  };
}
