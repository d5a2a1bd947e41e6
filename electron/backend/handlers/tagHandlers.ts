import type { HandlerGroup } from '../handlers.js';
import { tagRepo } from '../repos/tagRepo.js';
import { codebookService } from '../services/codebookService.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

/** The codebook; every change is one undo step. */
export function tagHandlers(
  workspace: Workspace,
): HandlerGroup<'tags.list' | 'tags.create' | 'tags.update' | 'tags.merge' | 'tags.delete'> {
  const codebook = codebookService(tagRepo(workspace.db));
  const history = undoLogFor(workspace.db);
  return {
    'tags.list': () => codebook.list(),
    'tags.create': (input) => history.record('Create tag', () => codebook.create(input)),
    'tags.update': (input) => history.record('Edit tag', () => codebook.update(input)),
    'tags.merge': (input) => history.record('Merge tags', () => codebook.merge(input)),
    'tags.delete': (input) => history.record('Delete tag', () => codebook.delete(input)),
  };
}
