import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { AnnotationExportFormat } from '../../shared/domain/exchange.js';
import type { ImportFileResult } from '../../shared/domain/importing.js';
import { IMPORT_EXTENSIONS } from '../../shared/import/fileKinds.js';
import type { Dispatch } from '../backend/dispatcher.js';
import { storageError } from '../backend/errors.js';
import type { ShellEvent } from '../preload/bridge.js';

/** Electron's dialogs, as the commands use them (main.ts binds them to the window). */
export interface Dialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<unknown>;
}

export interface FileCommandDeps {
  dialogs: Dialogs;
  /** Reads the files and folders and imports each through `import.file` (see main.ts). */
  importPaths(paths: readonly string[]): Promise<ImportFileResult[]>;
  dispatch: Dispatch;
  /** Writes a checked copy of the open workspace to `file` (backup/backupFile.ts). */
  backUpTo(file: string): void;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  notify(event: ShellEvent): void;
  now?: () => Date;
}

type ExportFormat = (typeof AnnotationExportFormat.options)[number];

/** The highlight export's formats, chosen by the extension of the name picked in the save dialog. */
export const EXPORT_FORMATS: readonly { extension: string; format: ExportFormat; name: string }[] = [
  { extension: 'csv', format: 'csv', name: 'Spreadsheet (CSV)' },
  { extension: 'json', format: 'json', name: 'JSON' },
  { extension: 'jsonld', format: 'w3c', name: 'W3C Web Annotations (JSON-LD)' },
  { extension: 'qdpx', format: 'qdpx', name: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA)' },
];

export function exportFormatFor(file: string): ExportFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return EXPORT_FORMATS.find((entry) => entry.extension === extension)?.format;
}

const STATUSES = ['imported', 'updated', 'duplicate', 'skipped', 'failed'] as const;

/** The message box after an import: counts, then each file not imported with its reason. */
export function importReport(results: readonly ImportFileResult[]): MessageBoxOptions {
  const counts = STATUSES.map((status) => [status, results.filter((r) => r.status === status).length] as const).filter(([, n]) => n > 0);
  const problems = results.filter((r) => r.status === 'failed' || r.status === 'skipped');
  return {
    type: problems.some((r) => r.status === 'failed') ? 'warning' : 'info',
    title: 'Import',
    message: results.length === 0 ? 'There was nothing to import.' : `${counts.map(([status, n]) => `${n} ${status}`).join(', ')}.`,
    detail: problems.map((r) => `${r.file}: ${r.status}, ${r.reason ?? 'no reason given'}`).join('\n') || undefined,
  };
}

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The menu's file commands. Every path comes from a native dialog shown here (or, for files
 * handed to the app by the system, from main.ts); the renderer never names one.
 */
export function fileCommands(deps: FileCommandDeps) {
  const now = deps.now ?? (() => new Date());
  const showError = (message: string, detail?: string) => deps.dialogs.showMessageBox({ type: 'error', title: 'Parallax', message, detail });

  /** Imports what the system handed over (command line, Finder, a second launch) or a dialog picked. */
  async function openPaths(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    const results = await deps.importPaths(paths);
    deps.notify({ type: 'library-changed' });
    await deps.dialogs.showMessageBox(importReport(results));
  }

  async function pickAndImport(options: OpenDialogOptions): Promise<void> {
    const picked = await deps.dialogs.showOpenDialog(options);
    if (!picked.canceled) await openPaths(picked.filePaths);
  }

  return {
    openPaths,

    importFiles: () =>
      pickAndImport({
        title: 'Import files',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Articles', extensions: IMPORT_EXTENSIONS.map((extension) => extension.replace(/^\./, '')) }],
      }),

    importFolder: () => pickAndImport({ title: 'Import folder', properties: ['openDirectory', 'multiSelections'] }),

    async exportHighlights(): Promise<void> {
      const picked = await deps.dialogs.showSaveDialog({
        title: 'Export highlights',
        defaultPath: `parallax-highlights-${day(now())}.csv`,
        filters: EXPORT_FORMATS.map(({ name, extension }) => ({ name, extensions: [extension] })),
      });
      if (picked.canceled || !picked.filePath) return;
      const format = exportFormatFor(picked.filePath);
      if (!format) {
        await showError('Choose a file name ending in .csv, .json, .jsonld or .qdpx.', `“${picked.filePath}” names no export format.`);
        return;
      }
      const result = await deps.dispatch('export.annotations', { format });
      if (!result.ok) {
        await showError('The highlights could not be exported.', result.error.message);
        return;
      }
      const { data } = result.value as { data: string };
      try {
        await deps.writeFile(picked.filePath, Buffer.from(data, 'base64'));
      } catch (error) {
        await showError('The export could not be written.', writeFailure(error, picked.filePath));
      }
    },

    async backUp(): Promise<void> {
      const picked = await deps.dialogs.showSaveDialog({
        title: 'Back up workspace',
        defaultPath: `parallax-backup-${day(now())}.sqlite`,
        filters: [{ name: 'Parallax workspace', extensions: ['sqlite'] }],
      });
      if (picked.canceled || !picked.filePath) return;
      try {
        deps.backUpTo(picked.filePath);
      } catch (error) {
        await showError('The backup could not be written.', writeFailure(error, picked.filePath));
        return;
      }
      await deps.dialogs.showMessageBox({ type: 'info', title: 'Back up', message: 'Backup written.', detail: picked.filePath });
    },
  };
}

/** Why a chosen file could not be written, in words an analyst can act on (a full disk, a read-only folder). */
function writeFailure(error: unknown, file: string): string {
  return (storageError(error, file, 'nothing was written') ?? (error as Error)).message;
}

export type FileCommands = ReturnType<typeof fileCommands>;
