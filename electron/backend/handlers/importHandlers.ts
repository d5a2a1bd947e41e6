import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import type { Workspace } from '../workspace.js';

export function importHandlers(_workspace: Workspace): HandlerGroup<'import.file'> {
  return {
    'import.file': () => {
      throw new AppError('internal', 'Not built yet.');
    },
  };
}
