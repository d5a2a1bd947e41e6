import { exportDocument, type DocumentExportOptions } from '../export/exportDocument.js';
import { staged, type HandlerGroup } from '../handlers.js';
import { briefingServiceFor } from '../services/briefingService.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

/** Briefing notes and their citations; every change is one undo step. */
export function briefingHandlers(
  workspace: Workspace,
  exports: DocumentExportOptions,
): HandlerGroup<
  | 'briefings.list' | 'briefings.create' | 'briefings.get' | 'briefings.update' | 'briefings.delete'
  | 'briefings.cite' | 'briefings.refreshCitation' | 'export.briefing'
> {
  const { db } = workspace;
  const briefings = briefingServiceFor(db);
  const history = undoLogFor(db);
  return {
    'briefings.list': (input) => briefings.list(input),
    'briefings.create': (input) => history.record('Create briefing note', () => briefings.create(input)),
    'briefings.get': ({ id }) => briefings.get(id),
    'briefings.update': (input) => history.record('Edit briefing note', () => briefings.update(input)),
    'briefings.delete': ({ id }) => history.record('Delete briefing note', () => briefings.delete(id)),
    'briefings.cite': (input) => history.record('Cite in briefing note', () => briefings.cite(input)),
    'briefings.refreshCitation': ({ id }) => history.record('Update citation', () => briefings.refreshCitation(id)),
    // Rendering (a DOCX, a Chromium print) is slow, so it runs outside the transaction. The note
    // is read there too, without one: buildBriefingDocument is synchronous on the workspace's one
    // connection, so no other request of this process can write between its reads, and each
    // better-sqlite3 statement reads a consistent snapshot. The commit only hands the file back.
    'export.briefing': staged(async ({ id, format }) => {
      const file = await exportDocument(briefings.buildBriefingDocument(id), format, exports);
      return () => file;
    }),
  };
}
