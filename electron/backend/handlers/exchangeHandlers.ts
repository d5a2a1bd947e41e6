import { AppError } from '../errors.js';
import { exportAnnotations } from '../export/data/annotationExport.js';
import { staged, type HandlerGroup } from '../handlers.js';
import type { Workspace } from '../workspace.js';
import { createManualBackup, fileTimestamp, listBackups } from '../backup/backupFolder.js';
import { BUNDLE_EXTENSION, decodeBundle, encodeBundle } from '../exchange/bundleFormat.js';
import { exportBundle } from '../exchange/bundleExport.js';
import { importBundle } from '../exchange/bundleImport.js';

/** Data exports, exchange bundles and backups. */
export function exchangeHandlers(
  workspace: Workspace,
): HandlerGroup<'export.annotations' | 'bundle.export' | 'bundle.import' | 'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    // Reads in one snapshot, then renders (zipping is asynchronous); nothing is written.
    'export.annotations': staged(async (input) => {
      const file = await exportAnnotations(workspace.db, input);
      return () => file;
    }),
    'bundle.export': ({ article_ids }) => {
      const now = new Date();
      const data = encodeBundle(exportBundle(workspace.db, article_ids, now)).toString('base64');
      return { file_name: `parallax-${fileTimestamp(now)}${BUNDLE_EXTENSION}`, mime: 'application/gzip', data };
    },
    // Unpacking and checking the bundle writes nothing, so it runs before the transaction; the
    // whole merge then commits in one.
    'bundle.import': staged(async ({ name, data }) => {
      const bundle = decodeBundle(Buffer.from(data, 'base64'), name);
      return () => importBundle(workspace.db, bundle);
    }),
    'backups.list': () => listBackups(workspace.dir),
    // VACUUM INTO cannot run inside a transaction: the backup is made (and checked) in prepare.
    'backups.create': staged(async () => {
      const backup = createManualBackup(workspace.db, workspace.dir);
      return () => backup;
    }),
    'backups.restore': () => {
      throw new AppError(
        'internal',
        'A restore reopens the workspace, so the backend answers it (Backend.restore, electron/backend/app.ts), not a handler inside a transaction.',
      );
    },
  };
}
