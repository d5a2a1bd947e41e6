import { Readability } from '@mozilla/readability';
import { bodyFromParagraphs } from '../articleText.js';
import { decodeText } from '../decodeText.js';
import { parseHtmlDocument, plainText, sanitizeArticleHtml } from '../dom.js';
import type { ExtractedArticle } from '../extractedArticle.js';
import { declaredHtmlCharset } from '../htmlCharset.js';
import { authorName, htmlMetadata } from '../htmlMetadata.js';
import { htmlToParagraphs } from '../htmlToText.js';
import { definedFields, isoPublished, languageCode, textDirection } from '../metadataValues.js';
import { ImportRefusal } from '../refusal.js';

/** Fewer words than this outside links (a menu, a gallery's footer) is no article. */
const MIN_ARTICLE_WORDS = 12;
/** Class or id tokens of advertising slots, which Readability keeps when they sit in the text. */
const AD_SLOT = /^(?:ads?|advert|advertisement|sponsored)(?:[-_].*)?$/i;

// Elements are found by tag name and walked by hand, not by selector: each document's (and each
// sanitised fragment's) first selector query builds a selector engine for it, which costs more
// than the query.

function removeAdSlots(doc: Document): void {
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    if (!element.hasAttribute('class') && !element.hasAttribute('id')) continue;
    const tokens = [...Array.from(element.classList), element.id];
    if (tokens.some((token) => AD_SLOT.test(token))) element.remove();
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The fragment's text as textContent gives it, less the text inside links (walked without recursion). */
function textOutsideLinks(fragment: DocumentFragment): string {
  let text = '';
  let node: Node | null = fragment.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) text += node.nodeValue ?? '';
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName !== 'a' && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== fragment && !node.nextSibling) node = node.parentNode;
    node = node && node !== fragment ? node.nextSibling : null;
  }
  return text;
}

function wordsOutsideLinks(fragment: DocumentFragment): number {
  return textOutsideLinks(fragment).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The article's paragraphs from Readability's (untrusted) HTML, sanitised first. */
function articleParagraphs(html: string | null | undefined): string[] {
  const fragment = sanitizeArticleHtml(html ?? '');
  return wordsOutsideLinks(fragment) < MIN_ARTICLE_WORDS ? [] : htmlToParagraphs(fragment);
}

/**
 * A saved web page: its metadata from the head, then Readability finds the article among the
 * navigation, ads and comments, and its HTML is sanitised and reduced to paragraphs.
 */
export function extractHtml(bytes: Uint8Array): ExtractedArticle[] {
  const doc = parseHtmlDocument(decodeText(bytes, declaredHtmlCharset(bytes)));
  const page = htmlMetadata(doc);
  removeAdSlots(doc);
  // Readability reads the title, byline and JSON-LD before it rewrites the document.
  const article = new Readability(doc).parse();
  const title = page.title ?? (plainText(article?.title) || undefined);
  const body = bodyFromParagraphs(articleParagraphs(article?.content), title);
  if (!body) throw new ImportRefusal('has no article text');
  return [
    definedFields({
      title,
      body,
      url: page.url,
      outlet: page.outlet ?? (plainText(article?.siteName) || undefined),
      author: page.author ?? authorName(article?.byline ?? undefined),
      published_at: page.published_at ?? isoPublished(article?.publishedTime),
      language: page.language ?? languageCode(article?.lang),
      direction: page.direction ?? textDirection(article?.dir),
    }),
  ];
}
