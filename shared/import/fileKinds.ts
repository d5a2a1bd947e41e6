/**
 * Which files the library imports, decided by name alone so that the CLI's folder walk and the
 * renderer's file picker skip the same files with the same reasons.
 */
export const IMPORT_FORMATS = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.json': 'json',
} as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[keyof typeof IMPORT_FORMATS];
export const IMPORT_EXTENSIONS = Object.keys(IMPORT_FORMATS);

/** Largest file the library takes (documented in the README). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

export type FileKind = { ok: true; format: ImportFormat } | { ok: false; reason: string };

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** A path with any segment starting with a dot (`.git/…`, `.DS_Store`) is hidden. */
export function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

export function classifyImportPath(path: string): FileKind {
  if (isHiddenPath(path)) return { ok: false, reason: 'hidden file' };
  const extension = extensionOf(path);
  const format = (IMPORT_FORMATS as Record<string, ImportFormat>)[extension];
  if (format) return { ok: true, format };
  const kind = extension ? `${extension} files are` : 'a file without an extension is';
  return { ok: false, reason: `${kind} not supported (supported: ${IMPORT_EXTENSIONS.join(', ')})` };
}

export function describeBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / 1024 / 1024;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** Why a file of `bytes` bytes is refused unread (app, CLI and backend alike), or null. */
export function sizeRefusal(bytes: number): string | null {
  return bytes > MAX_IMPORT_FILE_BYTES
    ? `is ${describeBytes(bytes)}, larger than the ${describeBytes(MAX_IMPORT_FILE_BYTES)} import limit`
    : null;
}
