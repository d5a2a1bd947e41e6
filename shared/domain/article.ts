import { z } from 'zod';

export const Id = z.uuid();

/** ISO-8601 calendar date (YYYY-MM-DD) or full timestamp. */
export const IsoDateish = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be a date like 2025-04-17');

export const Direction = z.enum(['ltr', 'rtl']);

export const Article = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published_at: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string(),
  direction: Direction,
  content_hash: z.string(),
  imported_at: z.string(),
  revision: z.number().int(),
});
export type Article = z.infer<typeof Article>;

/** What the library list shows: everything but the body. */
export const ArticleSummary = Article.omit({ body: true, content_hash: true });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

export const HttpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'must be an http(s) address');

export const ArticleCreateInput = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(500),
  body: z
    .string()
    .max(5_000_000, 'is longer than 5,000,000 characters')
    .refine((s) => s.trim().length > 0, 'must not be empty'),
  url: HttpUrl.optional().or(z.literal('').transform(() => undefined)),
  outlet: optionalText(200),
  author: optionalText(200),
  published_at: IsoDateish.optional().or(z.literal('').transform(() => undefined)),
});
export type ArticleCreateInput = z.input<typeof ArticleCreateInput>;

export const ArticleSort = z.enum(['imported_at', 'published_at', 'title', 'outlet']);

export const ArticleListInput = z.object({
  sort: ArticleSort.default('imported_at'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ArticleListInput = z.input<typeof ArticleListInput>;

export const ArticleListPage = z.object({
  total: z.number().int(),
  items: z.array(ArticleSummary),
});
export type ArticleListPage = z.infer<typeof ArticleListPage>;
