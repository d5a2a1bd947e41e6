import type { HandlerGroup } from '../handlers.js';
import { actorRepo } from '../repos/actorRepo.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { sideRepo } from '../repos/sideRepo.js';
import { statementRepo } from '../repos/statementRepo.js';
import { tagRepo } from '../repos/tagRepo.js';
import { actorIndexFor, actorRegistry, seedActors } from '../services/actorRegistry.js';
import { annotationService } from '../services/annotationService.js';
import { sideService } from '../services/sideService.js';
import { statementService } from '../services/statementService.js';
import { suggestionService } from '../services/suggestionService.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

type StatementChannel =
  | 'sides.list' | 'sides.create' | 'sides.update' | 'sides.setCompared'
  | 'actors.list' | 'actors.get' | 'actors.create' | 'actors.update' | 'actors.merge'
  | 'statements.create' | 'statements.update' | 'statements.delete' | 'statements.list'
  | 'suggestions.list' | 'suggestions.accept' | 'suggestions.reject' | 'suggestions.acceptAll';

/**
 * Sides, the actor registry (seeded from the gazetteer when empty), statements and suggestions.
 * Statement and rejection changes are undo steps; sides and actors are not (an actor merge
 * moves statements outside a step, which clears the history).
 */
export function statementHandlers(workspace: Workspace): HandlerGroup<StatementChannel> {
  const { db } = workspace;
  seedActors(db);
  const repos = {
    articles: articleRepo(db),
    annotations: annotationRepo(db),
    statements: statementRepo(db),
    actors: actorRepo(db),
    sides: sideRepo(db),
  };
  const sides = sideService(repos.sides);
  const actors = actorRegistry(db, repos.actors, repos.sides);
  const statements = statementService(repos.statements, repos.annotations, repos.articles, repos.actors, repos.sides);
  const suggestions = suggestionService({
    ...repos,
    highlights: annotationService(repos.annotations, repos.articles, tagRepo(db)),
    statementService: statements,
    actorIndex: () => actorIndexFor(db),
  });
  const history = undoLogFor(db);
  return {
    'sides.list': () => sides.list(),
    'sides.create': (input) => sides.create(input),
    'sides.update': (input) => sides.update(input),
    'sides.setCompared': (input) => sides.setCompared(input),
    'actors.list': (input) => actors.list(input),
    'actors.get': ({ id }) => actors.get(id),
    'actors.create': (input) => actors.create(input),
    'actors.update': (input) => actors.update(input),
    'actors.merge': (input) => actors.merge(input),
    'statements.create': (input) => history.record('Mark statement', () => statements.create(input)),
    'statements.update': (input) => history.record('Edit statement', () => statements.update(input)),
    'statements.delete': ({ id }) => history.record('Delete statement', () => statements.delete(id)),
    'statements.list': ({ article_id }) => statements.list(article_id),
    'suggestions.list': ({ article_id }) => suggestions.list(article_id),
    'suggestions.accept': (input) => history.record('Accept suggestion', () => suggestions.accept(input)),
    'suggestions.reject': (input) => history.record('Reject suggestion', () => suggestions.reject(input)),
    'suggestions.acceptAll': (input) => history.record('Accept all suggestions', () => suggestions.acceptAll(input)),
  };
}
