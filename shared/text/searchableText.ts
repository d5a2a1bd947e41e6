/**
 * Invisible format characters that search ignores: text pasted from web pages and chat carries
 * them inside words ("Paki\u200Bstan", "Tal\u2066iban\u2069"), and the index's tokenizer would
 * split the word there, so the plain word would never be found. They are taken out of what the
 * index sees and of the query alike; the stored text keeps them.
 *
 * Zero-width non-joiner (U+200C) is deliberately not here: in Dari, Pashto and Urdu it is the
 * "half-space" between the parts of a word (می‌خواهم, کتاب‌ها), so it stays a word boundary in the
 * index and the query alike, as a space would: the stem is found, and a query typed with a
 * space or with the half-space finds either spelling.
 */
export const SEARCH_IGNORED_CODE_POINTS: readonly number[] = [
  0x00ad, // soft hyphen
  0x200b, // zero-width space
  0x200d, // zero-width joiner
  0x200e, // left-to-right mark
  0x200f, // right-to-left mark
  0x202a, // left-to-right embedding
  0x202b, // right-to-left embedding
  0x202c, // pop directional formatting
  0x202d, // left-to-right override
  0x202e, // right-to-left override
  0x2060, // word joiner
  0x2066, // left-to-right isolate
  0x2067, // right-to-left isolate
  0x2068, // first strong isolate
  0x2069, // pop directional isolate
  0xfeff, // zero-width no-break space (byte order mark)
];

const IGNORED_CLASS = `[${SEARCH_IGNORED_CODE_POINTS.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;
const IGNORED = new RegExp(IGNORED_CLASS, 'g');
const HAS_IGNORED = new RegExp(IGNORED_CLASS);

/** Whether `text` holds any character search ignores. */
export function hasSearchIgnored(text: string): boolean {
  return HAS_IGNORED.test(text);
}

/** `text` as search sees it: without the ignored characters. */
export function searchableText(text: string): string {
  return hasSearchIgnored(text) ? text.replace(IGNORED, '') : text;
}

/** A regular expression source matching one ignored character, for building larger patterns. */
export const SEARCH_IGNORED_PATTERN = IGNORED_CLASS;
