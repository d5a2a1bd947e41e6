/**
 * Canonical article text: NFC, `\n` line endings, no trailing spaces, paragraphs separated by
 * exactly one blank line. Annotation offsets index into this string, so it must be stable:
 * normalising an already canonical body returns it unchanged.
 */
export function canonicalBody(raw: string): string {
  return isCanonical(raw) ? raw : canonicalBodyByPasses(raw);
}

/** canonicalBody's passes, for text that is not canonical yet (exported for the test that checks the shortcut). */
export function canonicalBodyByPasses(raw: string): string {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+$/gm, '')
    .replace(/^\uFEFF/, '');
  // Text with blank lines uses them as paragraph breaks (single newlines stay as line breaks);
  // text without any blank line (a paste from a web page) has one paragraph per line.
  const hasBlankLines = /\n\s*\n/.test(text.trim());
  const blocks = hasBlankLines ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[ \t\f\v]{2,}/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** Whitespace a canonical body cannot hold: any but space and line feed. */
const OTHER_WHITESPACE = /[^\S \n]/;
/** Spacing a canonical body cannot hold: two spaces, a space beside a line feed, three line feeds. */
const LOOSE_SPACING = / {2}| \n|\n |\n\n\n/;
const isSpacing = (char: string | undefined) => char === ' ' || char === '\n';

/**
 * Whether `text` is already canonical, so canonicalBody can return it as it is (bodies are
 * normalised on the way in and again when stored: the second pass then costs a few scans). A
 * line feed without any blank line is not: such text has one paragraph per line. (Separate
 * scans, as one alternation of them all is several times slower.)
 */
function isCanonical(text: string): boolean {
  return (
    !isSpacing(text[0]) &&
    !isSpacing(text[text.length - 1]) &&
    !OTHER_WHITESPACE.test(text) &&
    !LOOSE_SPACING.test(text) &&
    (text.includes('\n\n') || !text.includes('\n')) &&
    text.normalize('NFC') === text
  );
}

/** Paragraphs of a canonical body, each with its UTF-16 offset into the body. */
export function paragraphs(body: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const text of body.split('\n\n')) {
    out.push({ start, text });
    start += text.length + 2;
  }
  return out;
}

/** One-line form of a title or metadata field. */
export function cleanLine(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}
