import type { ImportFileResult } from '../../../shared/domain/importing';
import { classifyImportPath, describeBytes, MAX_IMPORT_FILE_BYTES, sizeRefusal } from '../../../shared/import/fileKinds';
import type { Api } from '../../api/client';
import { errorMessage } from '../../store/errorMessage';
import { bytesToBase64 } from './base64';
import type { ImportSource } from './importSources';

export interface ImportRunHooks {
  /** Called before each file is sent: its 1-based position among the files to send, and its path. */
  onFile(position: number, total: number, path: string): void;
  /** Asked before each file; true stops the run there (the file in flight has already finished). */
  shouldStop(): boolean;
}

export interface ImportRunOutcome {
  /** One result per source: those refused on sight first, then the sent ones in order. */
  results: ImportFileResult[];
  /** Files that were to be sent to the backend (importable type, within the size limit). */
  total: number;
  /** How many of those were sent before the run ended. */
  completed: number;
  cancelled: boolean;
}

/** The size limit as the analyst reads it: "10 MB". */
export const IMPORT_LIMIT = describeBytes(MAX_IMPORT_FILE_BYTES);

/** The result for a file refused without reading it (hidden, unsupported, too large), else null. */
export function refuseOnSight({ path, file, unreadable }: ImportSource): ImportFileResult | null {
  if (unreadable) return { file: path, status: 'failed', reason: unreadable, items: [] };
  const kind = classifyImportPath(path);
  if (!kind.ok) return { file: path, status: 'skipped', reason: kind.reason, items: [] };
  const tooLarge = sizeRefusal(file.size);
  if (tooLarge) {
    return { file: path, status: 'failed', reason: tooLarge, items: [] };
  }
  return null;
}

/** Sends one file; anything that goes wrong (reading it, the transport, the backend) fails this file only. */
async function importOne(api: Api, { path, file }: ImportSource): Promise<ImportFileResult> {
  try {
    const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return await api.invoke('import.file', { name: path, data });
  } catch (error) {
    return { file: path, status: 'failed', reason: errorMessage(error), items: [] };
  }
}

/**
 * Imports the sources one file at a time. The backend writes each file in one transaction, so
 * stopping between files never leaves half a file behind.
 */
export async function runImport(api: Api, sources: readonly ImportSource[], hooks: ImportRunHooks): Promise<ImportRunOutcome> {
  const results: ImportFileResult[] = [];
  const toSend: ImportSource[] = [];
  for (const source of sources) {
    const refused = refuseOnSight(source);
    if (refused) results.push(refused);
    else toSend.push(source);
  }
  let completed = 0;
  for (const source of toSend) {
    if (hooks.shouldStop()) break;
    hooks.onFile(completed + 1, toSend.length, source.path);
    results.push(await importOne(api, source));
    completed += 1;
  }
  return { results, total: toSend.length, completed, cancelled: completed < toSend.length };
}
