import { createHash, randomUUID } from 'node:crypto';
import type { Article, ArticleCreateInput } from '../../../shared/domain/article.js';
import { findDateline } from '../../../shared/text/dateline.js';
import { extractKeyPoints } from '../../../shared/text/keyPoints.js';
import { detectLanguage, directionOf, type Language } from '../../../shared/text/language.js';
import { canonicalBody, cleanLine } from '../../../shared/text/normalize.js';
import { findPublishedDate } from '../../../shared/text/publishedDate.js';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { ArticleRepo } from '../repos/articleRepo.js';

/** Same limits as the paste form, so an imported file cannot store what a paste could not. */
export const MAX_BODY_CHARS = 5_000_000;
const MAX_TITLE_CHARS = 500;
const MAX_FIELD_CHARS = 200;

/**
 * What an article is made from: the paste form's fields or what a file yielded. Optional
 * metadata may be absent, undefined or null.
 */
export type ArticleSource = Pick<z.output<typeof ArticleCreateInput>, 'title' | 'body'> & {
  url?: string | null | undefined;
  outlet?: string | null | undefined;
  author?: string | null | undefined;
  published_at?: string | null | undefined;
  /** The primary subtag the file declared (`ur`); checked against the script before it is believed. */
  language?: string | undefined;
  direction?: 'ltr' | 'rtl' | undefined;
  source_name?: string | null | undefined;
  /** The body came out of canonicalBody (an extractor's, see hasCanonicalBody), so it is not checked again. */
  canonical?: true | undefined;
};

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * The hash that makes text a duplicate: the body, with the key points in front when the article
 * has any (so a changed summary is new text, and plain bodies hash as they always did).
 */
export function textHash(body: string, keyPoints: readonly string[]): string {
  return contentHash(keyPoints.length ? `${keyPoints.map((p) => `- ${p}`).join('\n')}\n\n${body}` : body);
}

const KNOWN_LANGUAGES = new Set<string>(['en', 'ur', 'ps', 'fa', 'ar']);

/**
 * A declared language is believed when it is one the library knows and reads in the same
 * direction as the script found (pages in Urdu often declare `lang="en"` from a template).
 */
function chooseLanguage(declared: string | undefined, text: string): Language {
  const detected = detectLanguage(text);
  if (!declared || !KNOWN_LANGUAGES.has(declared)) return detected;
  if (detected !== 'und' && directionOf(declared) !== directionOf(detected)) return detected;
  return declared as Language;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const field = (text: string | null | undefined) => (text ? clip(cleanLine(text), MAX_FIELD_CHARS) || null : null);

/**
 * Builds the stored article: canonical body with its key points taken out, dateline, the
 * published date (given, else stated in the text), language and reading direction.
 */
export function prepareArticle(source: ArticleSource, now: Date = new Date()): Article {
  const canonical = source.canonical ? source.body : canonicalBody(source.body);
  if (!canonical) throw new AppError('invalid_input', 'The article text is empty.', 'body');
  if (canonical.length > MAX_BODY_CHARS) {
    throw new AppError('too_large', `The article text is longer than ${MAX_BODY_CHARS.toLocaleString('en')} characters.`, 'body');
  }
  const split = extractKeyPoints(canonical);
  // A text that is nothing but a list keeps it as its body.
  const { keyPoints, body } = split.body ? split : { keyPoints: [], body: canonical };
  const title = clip(cleanLine(source.title), MAX_TITLE_CHARS);
  if (!title) throw new AppError('invalid_input', 'The article has no title.', 'title');
  const language = chooseLanguage(source.language, `${title}\n${body}`);
  return {
    id: randomUUID(),
    title,
    body,
    url: source.url ?? null,
    outlet: field(source.outlet),
    author: field(source.author),
    published_at: source.published_at ?? findPublishedDate(body),
    dateline: findDateline(body),
    language,
    // A declared direction decides only where the script cannot (no letters to go by).
    direction: language === 'und' ? (source.direction ?? 'ltr') : directionOf(language),
    content_hash: textHash(body, keyPoints),
    imported_at: now.toISOString(),
    revision: 1,
    key_points: keyPoints,
    source_name: source.source_name ?? null,
    updated_at: null,
  };
}

/** The paste form: stores new text, refuses text the library already holds. */
export function createArticle(repo: ArticleRepo, input: ArticleSource): Article {
  const article = prepareArticle(input);
  const existing = repo.findByTextHash(article.content_hash);
  if (existing) {
    throw new AppError('conflict', `This text is already in the library as “${existing.title}”.`);
  }
  repo.insert(article);
  return article;
}
