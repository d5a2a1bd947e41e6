import { plainText } from './dom.js';
import { httpUrl, isoPublished, languageCode, textDirection } from './metadataValues.js';

export interface PageMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  url?: string;
  published_at?: string;
  language?: string;
  direction?: 'ltr' | 'rtl';
}

/**
 * `<meta>` contents by lower-cased name, property or itemprop; the first one of a key wins. The
 * page's elements are found by tag name, not by selector: a document's first selector query
 * builds a selector engine for it, which costs more than reading its metadata.
 */
function metaContents(doc: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** The first `tag` element, in page order, that has `attribute` and passes `test` (`tag[attribute]` as a selector). */
function firstWith(doc: Document, tag: string, attribute: string, test: (element: Element) => boolean = () => true): Element | undefined {
  return Array.from(doc.getElementsByTagName(tag)).find((element) => element.hasAttribute(attribute) && test(element));
}

function firstOf(contents: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = contents.get(key);
    if (value) return value;
  }
  return undefined;
}

/** `article:author` is often a profile address rather than a name; such values are no author. */
export function authorName(raw: string | undefined): string | undefined {
  const name = plainText(raw).replace(/^by\s+/i, '');
  return name && !/^[a-z][\w+.-]*:\/\//i.test(name) ? name : undefined;
}

function publishedTime(doc: Document, contents: Map<string, string>): string | undefined {
  const fromMeta = isoPublished(
    firstOf(contents, ['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date.issued', 'dc.date']),
  );
  if (fromMeta) return fromMeta;
  // The first <time datetime> in the page (the selector list this replaced, led by
  // `time[itemprop="datePublished"][datetime]`, ended in `time[datetime]`, so it found the same).
  return isoPublished(firstWith(doc, 'time', 'datetime')?.getAttribute('datetime'));
}

/** `rel~="canonical" i`: one of the space-separated tokens of rel is `canonical`, in any case. */
const isCanonicalLink = (link: Element) => (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes('canonical');

/**
 * What the page says about itself in its head and root element: Open Graph and article meta
 * tags, the canonical link, `<time datetime>`, and `lang`/`dir` of `<html>`. Every value is
 * plain text; addresses are kept only when they are absolute http(s).
 */
export function htmlMetadata(doc: Document): PageMetadata {
  const contents = metaContents(doc);
  const root = doc.documentElement;
  const canonical = firstWith(doc, 'link', 'href', isCanonicalLink)?.getAttribute('href');
  return {
    title: plainText(firstOf(contents, ['og:title', 'twitter:title'])) || undefined,
    author: authorName(firstOf(contents, ['author', 'article:author', 'byl', 'dc.creator'])),
    outlet: plainText(firstOf(contents, ['og:site_name', 'application-name'])) || undefined,
    url: httpUrl(canonical) ?? httpUrl(contents.get('og:url')),
    published_at: publishedTime(doc, contents),
    language: languageCode(root?.getAttribute('lang') ?? contents.get('og:locale')),
    direction: textDirection(root?.getAttribute('dir') ?? doc.body?.getAttribute('dir')),
  };
}
