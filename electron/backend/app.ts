import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher.js';
import { createHandlers } from './handlers.js';
import { openWorkspace, type Workspace } from './workspace.js';
import type { OpenOptions } from './db/open.js';

export interface Backend {
  workspace: Workspace;
  dispatch: Dispatch;
  close(): void;
}

/** Opens a workspace and binds the dispatcher to it: what every transport starts from. */
export function startBackend(
  dataDir: string,
  options: OpenOptions & DispatcherOptions = {},
): Backend {
  const workspace = openWorkspace(dataDir, options);
  const dispatch = createDispatcher(workspace.db, createHandlers(workspace), options);
  return { workspace, dispatch, close: () => workspace.close() };
}
