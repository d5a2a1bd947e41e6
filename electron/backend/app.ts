import { dailyBackupDue, keepDailyBackup } from './backup/backupFolder.js';
import { answerRestore, restoreBackend } from './backup/backendRestore.js';
import type { RestoreResult } from './backup/restore.js';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatcher.js';
import { systemPdfPrinter, type PdfPrinter } from './export/pdf.js';
import { createHandlers } from './handlers.js';
import { openWorkspace, type Workspace } from './workspace.js';
import type { OpenOptions } from './db/open.js';

export interface Backend {
  /** The open workspace (a new connection after a restore). */
  readonly workspace: Workspace;
  dispatch: Dispatch;
  /** Replaces the workspace by a checked backup file and reopens it; see backup/restore.ts. */
  restore(file: string, now?: Date): RestoreResult;
  close(): void;
}

export interface ExportOptions {
  /** Prints exported notes to PDF; default: a system Chromium. The desktop shell passes Electron's printToPDF. */
  printPdf?: PdfPrinter;
}

/** Opens a workspace and binds the dispatcher to it: what every transport starts from. */
export function startBackend(
  dataDir: string,
  options: OpenOptions & DispatcherOptions & ExportOptions = {},
): Backend {
  const exports = { printPdf: options.printPdf ?? systemPdfPrinter() };
  let workspace = openWorkspace(dataDir, options);
  let dispatchOpen = createDispatcher(workspace.db, createHandlers(workspace, exports), options);
  const logError = options.logError ?? ((error, channel) => console.error(`[parallax] ${channel} failed:`, error));
  // A missed daily backup must not keep the analyst out of the workspace, nor fail a close.
  const backupFailed = (error: unknown) => logError(error, 'the daily backup');
  // The backup reads and checks the whole workspace (seconds on a large one), so it is not made
  // while the analyst waits for the window: whether one is due is settled now, and it is made
  // at close, from the workspace as the session leaves it.
  let backupDue = false;
  try {
    backupDue = dailyBackupDue(workspace.db, dataDir);
  } catch (error) {
    backupFailed(error);
  }
  const takeDueBackup = () => {
    if (!backupDue || !workspace.db.open) return;
    backupDue = false;
    try {
      keepDailyBackup(workspace.db, dataDir);
    } catch (error) {
      backupFailed(error);
    }
  };
  const restore = (file: string, now?: Date) =>
    restoreBackend(workspace, file, now, options, (reopened) => {
      workspace = reopened;
      dispatchOpen = createDispatcher(workspace.db, createHandlers(workspace, exports), options);
    });
  return {
    get workspace() {
      return workspace;
    },
    // A restore closes the connection a handler's transaction runs on, so the backend answers
    // it; every other channel goes to the dispatcher of the workspace open now.
    dispatch: (channel, input) =>
      channel === 'backups.restore'
        ? answerRestore(input, dataDir, restore, logError)
        : dispatchOpen(channel, input),
    restore,
    close: () => {
      takeDueBackup();
      workspace.close();
    },
  };
}
