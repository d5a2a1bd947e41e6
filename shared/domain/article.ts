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
  /** The article's own "Key points" list, when it has one (kept apart from the body). */
  key_points: z.array(z.string()),
  /** The file (path as chosen) it was imported from; null when pasted. */
  source_name: z.string().nullable(),
  /** When its metadata or text last changed after import. */
  updated_at: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

/** What the library list shows: everything but the body, with how many highlights and statements it has. */
export const ArticleSummary = Article.omit({ body: true, content_hash: true }).extend({
  highlight_count: z.number().int(),
  statement_count: z.number().int(),
});
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

export const ArticleSort = z.enum(['imported_at', 'published_at', 'title', 'outlet', 'language']);

/** Narrowing shared by the library list and search; every field optional, all must hold. */
export const ArticleFilters = z
  .object({
    /** Any of these outlets (exact names as stored). */
    outlets: z.array(z.string().max(200)).max(100).optional(),
    /** Any of these language codes (en, ur, ps, fa, ar, und). */
    languages: z.array(z.string().max(10)).max(20).optional(),
    /** Published on or after this date (inclusive). */
    published_from: IsoDateish.optional(),
    /** Published on or before this date (inclusive, the whole day). */
    published_to: IsoDateish.optional(),
    /** Has a highlight carrying any of these tags or a tag below them. */
    tag_ids: z.array(Id).max(100).optional(),
  })
  .strict();
export type ArticleFilters = z.input<typeof ArticleFilters>;

export const ArticleListInput = z.object({
  filters: ArticleFilters.default({}),
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

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s ? s : null));

/** Metadata the analyst may correct; a field left out is unchanged, null clears it. */
export const ArticleUpdateInput = z
  .object({
    id: Id,
    title: z.string().trim().min(1, 'must not be empty').max(500).optional(),
    url: HttpUrl.nullable().optional().or(z.literal('').transform(() => null)),
    outlet: nullableText(200).optional(),
    author: nullableText(200).optional(),
    published_at: IsoDateish.nullable().optional().or(z.literal('').transform(() => null)),
    /** Setting the language also sets the text direction. */
    language: z.enum(['en', 'ur', 'ps', 'fa', 'ar', 'und']).optional(),
  })
  .strict();
export type ArticleUpdateInput = z.input<typeof ArticleUpdateInput>;

export const Facet = z.object({ value: z.string(), count: z.number().int() });
/** The values the library's filters offer, with how many articles have each. */
export const ArticleFacets = z.object({
  outlets: z.array(Facet),
  languages: z.array(Facet),
});
export type ArticleFacets = z.infer<typeof ArticleFacets>;

/** An earlier text of an article, kept when a newer revision (same URL, new text) arrived. */
export const ArticleRevision = z.object({
  revision: z.number().int(),
  title: z.string(),
  body: z.string(),
  imported_at: z.string(),
  replaced_at: z.string(),
});
export type ArticleRevision = z.infer<typeof ArticleRevision>;
