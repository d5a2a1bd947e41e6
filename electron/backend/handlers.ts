import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.js';
import { SCHEMA_VERSION } from './db/migrations/index.js';
import { schemaVersion } from './db/migrate.js';
import { AppError } from './errors.js';
import { articleRepo } from './repos/articleRepo.js';
import { createArticle } from './services/articleService.js';
import type { Workspace } from './workspace.js';

/** A handler that runs wholly inside the transaction the dispatcher opens. */
export type TransactionalHandler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C>;

/**
 * A handler with slow read-only work first (parsing a file): `prepare` runs outside any
 * transaction and returns the commit, which the dispatcher runs inside one.
 */
export interface StagedHandler<C extends Channel> {
  readonly staged: true;
  prepare(input: ParsedInput<C>): Promise<() => ChannelOutput<C>>;
}

export function staged<C extends Channel>(prepare: StagedHandler<C>['prepare']): StagedHandler<C> {
  return { staged: true, prepare };
}

export function isStaged<C extends Channel>(
  handler: TransactionalHandler<C> | StagedHandler<C>,
): handler is StagedHandler<C> {
  return typeof handler === 'object' && handler.staged;
}

/** One handler per channel. */
export type Handlers = { [C in Channel]: TransactionalHandler<C> | StagedHandler<C> };

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
