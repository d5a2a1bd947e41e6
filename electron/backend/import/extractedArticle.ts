/** One article found in an imported file, before the import service stores it. */
export interface ExtractedArticle {
  /** Omitted when the file has no recognisable title; the service derives one. */
  title?: string;
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
  /** http(s) only. */
  url?: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD or a full ISO timestamp, from the file's own metadata. */
  published_at?: string;
  /** Primary language subtag (`en`, `ur`) when the file declares one; else the service detects it. */
  language?: string;
  direction?: 'ltr' | 'rtl';
}

const canonicalBodies = new WeakSet<ExtractedArticle>();

/** Notes that the article's body came out of canonicalBody, so storing it need not check it again. */
export function withCanonicalBody<T extends ExtractedArticle>(article: T): T {
  canonicalBodies.add(article);
  return article;
}

export function hasCanonicalBody(article: ExtractedArticle): boolean {
  return canonicalBodies.has(article);
}
