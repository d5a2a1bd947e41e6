import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { nestingRefusal } from './htmlDepth.js';
import { ImportRefusal } from './refusal.js';

/**
 * One inert jsdom window for the whole process, created on first use: no scripts run (jsdom's
 * default), no subresource is fetched (no `resources` option), and its console goes nowhere.
 * Documents are parsed with its DOMParser, so each file gets a fresh document (Readability
 * mutates it) without paying for a new window.
 */
let shared: { window: JSDOM['window']; purify: DOMPurify } | null = null;

function dom(): { window: JSDOM['window']; purify: DOMPurify } {
  if (!shared) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: new VirtualConsole() });
    shared = { window, purify: createDOMPurify(window as unknown as WindowLike) };
  }
  return shared;
}

/**
 * Markup nested deeper than MAX_HTML_DEPTH is refused before jsdom sees it: parsing it (and
 * Readability after) takes time growing faster than the depth, minutes for a few thousand levels.
 */
function refuseDeepNesting(html: string): void {
  const refusal = nestingRefusal(html);
  if (refusal) throw new ImportRefusal(refusal);
}

/** A saved page as a document; throws ImportRefusal when it is nested too deep to read. */
export function parseHtmlDocument(html: string): Document {
  refuseDeepNesting(html);
  const { window } = dom();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

/** The only elements kept from imported article HTML: those that shape its text. No attributes. */
const TEXT_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre',
  'q', 's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
];
/**
 * Removed together with their content: code, and raw-text or form elements whose "text" is
 * markup or controls the page never shows as article prose.
 */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'embed',
  'svg', 'math', 'textarea', 'xmp', 'plaintext', 'title', 'select', 'option', 'button', 'head',
  'audio', 'video', 'canvas', 'input',
];

/**
 * Sanitises imported HTML to a fragment of text-shaping elements without any attribute (empty
 * when DOMPurify finds no body to keep, e.g. a `<frameset>`). Throws ImportRefusal, as
 * parseHtmlDocument does, for markup nested too deep (a Word file's, or a metadata value's).
 */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  refuseDeepNesting(html);
  const { window, purify } = dom();
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS: TEXT_TAGS,
    ALLOWED_ATTR: [],
    FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment | null;
  return fragment ?? window.document.createDocumentFragment();
}

/**
 * A metadata value as plain text: an attribute's decoded value may itself be markup
 * (`content="&lt;script&gt;…"`), so anything that could be a tag is sanitised like article HTML
 * and only its text is kept.
 */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  const text = /</.test(value) ? (sanitizeArticleHtml(value).textContent ?? '') : value;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
