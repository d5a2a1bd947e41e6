import { basename, extname } from 'node:path';
import { readTextFile, refuseNonFile, type Refusal } from './textFile.js';

/** What a file yields for `articles.create`. */
export interface ArticleDraft {
  title: string;
  body: string;
}

interface ImportFormat {
  toDraft(text: string, file: string): ArticleDraft;
}

const MAX_TITLE_LENGTH = 150;
const LIST_ITEM = /^(?:[-*•+]|\d+[.)])\s/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;

/** `jcc-kabul-talks.txt` -> `jcc kabul talks`. */
function titleFromFileName(file: string): string {
  const name = basename(file, extname(file));
  return name.replace(/[-_]+/g, ' ').trim() || basename(file);
}

/**
 * A headline is short, does not end like a sentence or a lead-in, is not a list item, and heads
 * more text that is not a list: a line over a list ("Key points") is the list's heading.
 */
function looksLikeTitle(line: string, next: string | undefined): boolean {
  return (
    line.length <= MAX_TITLE_LENGTH &&
    !/[.,;:]$/.test(line) &&
    !LIST_ITEM.test(line) &&
    next !== undefined &&
    !LIST_ITEM.test(next)
  );
}

/**
 * Title from the first non-empty line when it looks like one (and then the body is the text
 * after it), else from the file name with the whole text as the body.
 */
function draftFromLines(text: string, file: string, titleOf: (line: string) => string): ArticleDraft {
  const lines = text.split(/\r\n?|\n/);
  const [first, next] = lines
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0);
  if (first && looksLikeTitle(titleOf(first.line), next?.line)) {
    return { title: titleOf(first.line), body: lines.slice(first.index + 1).join('\n') };
  }
  return { title: titleFromFileName(file), body: text };
}

/** Supported file types by lower-case extension; the library adds HTML, PDF, DOCX here. */
const IMPORT_FORMATS: Record<string, ImportFormat> = {
  '.txt': { toDraft: (text, file) => draftFromLines(text, file, (line) => line) },
  '.md': {
    toDraft: (text, file) => draftFromLines(text, file, (line) => MARKDOWN_HEADING.exec(line)?.[1] ?? line),
  },
};

export const SUPPORTED_EXTENSIONS = Object.keys(IMPORT_FORMATS);

/** Reads `file` into an article draft, or says why it cannot be imported. */
export function draftFromFile(file: string): { ok: true; draft: ArticleDraft } | Refusal {
  const refusal = refuseNonFile(file);
  if (refusal) return refusal;
  const extension = extname(file).toLowerCase();
  const format = IMPORT_FORMATS[extension];
  if (!format) {
    const kind = extension ? `${extension} files are` : 'a file without an extension is';
    return { ok: false, reason: `${kind} not supported (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` };
  }
  const read = readTextFile(file);
  if (!read.ok) return read;
  return { ok: true, draft: format.toDraft(read.text, file) };
}
