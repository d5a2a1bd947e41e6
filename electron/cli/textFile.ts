import { readFileSync, statSync } from 'node:fs';

export type Refusal = { ok: false; reason: string };

/** Well above the 5,000,000-character article limit, so only absurd files are refused unread. */
const MAX_BYTES = 20 * 1024 * 1024;

const refuse = (reason: string): Refusal => ({ ok: false, reason });

function describeFsError(error: unknown): Refusal {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return refuse('no such file');
  return refuse(`cannot read it: ${(error as Error).message}`);
}

/** Why `file` cannot be imported as one article before looking inside it, or null if it can. */
export function refuseNonFile(file: string): Refusal | null {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return refuse('folders are not supported yet; name the files inside it');
    if (!stats.isFile()) return refuse('not a regular file');
    if (stats.size > MAX_BYTES) return refuse('larger than 20 MB, too large for one article');
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}

/**
 * Reads a file that must be text: UTF-8 (a byte-order mark is dropped), no NUL bytes, not
 * blank. Anything else comes back with the reason it was refused, in words for the analyst.
 */
export function readTextFile(file: string): { ok: true; text: string } | Refusal {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return describeFsError(error);
  }
  if (bytes.includes(0)) return refuse('binary content (NUL bytes), not a text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not valid UTF-8 text; save it as UTF-8 and import it again');
  }
  if (text.trim() === '') return refuse('the file is empty');
  return { ok: true, text };
}
