import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { schemaVersion } from '../db/migrate.js';
import type { HandlerGroup } from '../handlers.js';
import { articleRepo } from '../repos/articleRepo.js';
import type { Workspace } from '../workspace.js';

export function workspaceHandlers(workspace: Workspace): HandlerGroup<'workspace.info'> {
  const articles = articleRepo(workspace.db);
  return {
    'workspace.info': () => ({
      file: workspace.file,
      schemaVersion: schemaVersion(workspace.db) || SCHEMA_VERSION,
      articleCount: articles.count(),
    }),
  };
}
