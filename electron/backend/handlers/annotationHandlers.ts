import type { HandlerGroup } from '../handlers.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { tagRepo } from '../repos/tagRepo.js';
import { annotationService } from '../services/annotationService.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

/** Highlights; every change is one undo step. */
export function annotationHandlers(
  workspace: Workspace,
): HandlerGroup<
  | 'annotations.create' | 'annotations.list' | 'annotations.update' | 'annotations.delete'
  | 'annotations.reattach' | 'annotations.orphans'
> {
  const { db } = workspace;
  const highlights = annotationService(annotationRepo(db), articleRepo(db), tagRepo(db));
  const history = undoLogFor(db);
  return {
    'annotations.create': (input) => history.record('Create highlight', () => highlights.create(input)),
    'annotations.list': ({ article_id }) => highlights.list(article_id),
    'annotations.update': (input) => history.record('Edit highlight', () => highlights.update(input)),
    'annotations.delete': ({ id }) => history.record('Delete highlight', () => highlights.delete(id)),
    'annotations.reattach': (input) => history.record('Re-attach highlight', () => highlights.reattach(input)),
    'annotations.orphans': () => highlights.orphans(),
  };
}
