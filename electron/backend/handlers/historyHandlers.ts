import type { HandlerGroup } from '../handlers.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

/** Undo and redo of highlight, tag and note changes, for the whole session. */
export function historyHandlers(workspace: Workspace): HandlerGroup<'history.state' | 'history.undo' | 'history.redo'> {
  const history = undoLogFor(workspace.db);
  return {
    'history.state': () => history.state(),
    'history.undo': () => history.undo(),
    'history.redo': () => history.redo(),
  };
}
