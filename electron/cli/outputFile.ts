import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { storageError } from '../backend/errors.js';

/** Writes (replacing) `file`; its folder is never created, so a mistyped path fails loudly. */
export function writeOutputFile(file: string, content: string | Uint8Array): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`Cannot write ${file}: the folder ${dirname(file)} does not exist.`, { cause: error });
    throw storageError(error, file, 'nothing was written') ?? new Error(`Cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
}
