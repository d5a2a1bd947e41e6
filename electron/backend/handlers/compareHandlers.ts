import type { HandlerGroup } from '../handlers.js';
import { compareRepo } from '../repos/compareRepo.js';
import { compareService } from '../services/compareService.js';
import type { Workspace } from '../workspace.js';

/** The side-by-side comparison: the matrix, one cell's pages, the timeline and the position summaries. */
export function compareHandlers(
  workspace: Workspace,
): HandlerGroup<'compare.matrix' | 'compare.cell' | 'compare.timeline' | 'compare.setSummary'> {
  const compare = compareService(compareRepo(workspace.db));
  return {
    'compare.matrix': (input) => compare.matrix(input),
    'compare.cell': (input) => compare.cell(input),
    'compare.timeline': (input) => compare.timeline(input),
    'compare.setSummary': (input) => compare.setSummary(input),
  };
}
