import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ImportFileResult } from '../../shared/domain/importing.js';
import { classifyImportPath, isHiddenPath } from '../../shared/import/fileKinds.js';

/**
 * One path the import reports on: a file to send through `import.file` (`name` is what the
 * library records: the path inside the folder named, or the file's own name), or one refused
 * before reading. `file` is the path as typed or walked, for the analyst.
 */
export type ImportTarget =
  | { file: string; name: string }
  | { file: string; refused: Pick<ImportFileResult, 'status' | 'reason'> };

const skipped = (file: string, reason: string): ImportTarget => ({ file, refused: { status: 'skipped', reason } });
const failed = (file: string, reason: string): ImportTarget => ({ file, refused: { status: 'failed', reason } });

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ELOOP') return 'a symbolic link that loops';
  return `cannot read it: ${(error as Error).message}`;
}

/** The path's stats; null once it is reported as unreadable (missing, a link that loops). */
function statOrReport(path: string, out: ImportTarget[]): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    out.push(failed(path, describeFsError(error)));
    return null;
  }
}

/** Files to import by name; others are skipped here so their bytes are never read. */
function fileTarget(file: string, name: string): ImportTarget {
  const kind = classifyImportPath(name);
  return kind.ok ? { file, name } : skipped(file, kind.reason);
}

/**
 * Walks a folder in name order. Hidden entries are reported, not entered; a folder already
 * walked (reached again through a symbolic link) is not walked again, so link loops end.
 */
function walkFolder(dir: string, prefix: string, walked: Set<string>, out: ImportTarget[]): void {
  let entries;
  try {
    const real = realpathSync(dir);
    if (walked.has(real)) return;
    walked.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    out.push(failed(dir, describeFsError(error)));
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    // The entry's own type decides for a plain file; a link (or an unknown type) is followed.
    if (entry.isFile()) {
      out.push(fileTarget(path, name));
      continue;
    }
    const stats = statOrReport(path, out);
    if (!stats) continue;
    if (stats.isDirectory()) {
      if (isHiddenPath(entry.name)) out.push(skipped(path, 'hidden folder'));
      else walkFolder(path, name, walked, out);
    } else if (stats.isFile()) {
      out.push(fileTarget(path, name));
    } else {
      out.push(skipped(path, 'not a regular file'));
    }
  }
}

/**
 * Every file the paths name, folders walked recursively. Inside a folder, names start with the
 * folder's own name (`news/2025/talks.txt`) unless that is hidden: a hidden folder the analyst
 * named on purpose is walked, only what is hidden inside it is skipped.
 */
export function findImportTargets(paths: readonly string[]): ImportTarget[] {
  const out: ImportTarget[] = [];
  const walked = new Set<string>();
  for (const path of paths) {
    const stats = statOrReport(path, out);
    if (!stats) continue;
    if (stats.isDirectory()) {
      const own = basename(resolve(path));
      walkFolder(path, isHiddenPath(own) ? '' : own, walked, out);
    } else if (stats.isFile()) {
      out.push(fileTarget(path, basename(path)));
    } else {
      out.push(failed(path, 'not a regular file'));
    }
  }
  return out;
}
