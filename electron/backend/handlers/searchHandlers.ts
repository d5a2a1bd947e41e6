import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import type { Workspace } from '../workspace.js';

export function searchHandlers(_workspace: Workspace): HandlerGroup<'search.query'> {
  return {
    'search.query': () => {
      throw new AppError('internal', 'Not built yet.');
    },
  };
}
