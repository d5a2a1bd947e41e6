import { createHash, randomUUID } from 'node:crypto';
import type { Article, ArticleCreateInput } from '../../../shared/domain/article.js';
import { findDateline } from '../../../shared/text/dateline.js';
import { detectLanguage, directionOf } from '../../../shared/text/language.js';
import { canonicalBody, cleanLine } from '../../../shared/text/normalize.js';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { ArticleRepo } from '../repos/articleRepo.js';

/** The parsed create input; optional metadata may be absent or explicitly undefined. */
type CreateInput = Pick<z.output<typeof ArticleCreateInput>, 'title' | 'body'> &
  Partial<z.output<typeof ArticleCreateInput>>;

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** Builds the stored article from what the analyst gave: canonical body, language, dateline. */
export function prepareArticle(input: CreateInput, now: Date = new Date()): Article {
  const body = canonicalBody(input.body);
  if (!body) throw new AppError('invalid_input', 'The article text is empty.', 'body');
  const language = detectLanguage(`${input.title}\n${body}`);
  return {
    id: randomUUID(),
    title: cleanLine(input.title),
    body,
    url: input.url ?? null,
    outlet: input.outlet ? cleanLine(input.outlet) : null,
    author: input.author ? cleanLine(input.author) : null,
    published_at: input.published_at ?? null,
    dateline: findDateline(body),
    language,
    direction: directionOf(language),
    content_hash: contentHash(body),
    imported_at: now.toISOString(),
    revision: 1,
    key_points: [],
    source_name: null,
    updated_at: null,
  };
}

export function createArticle(repo: ArticleRepo, input: CreateInput): Article {
  const article = prepareArticle(input);
  const existing = repo.findByHash(article.content_hash);
  if (existing) {
    throw new AppError('conflict', `This text is already in the library as “${existing.title}”.`);
  }
  repo.insert(article);
  return article;
}
