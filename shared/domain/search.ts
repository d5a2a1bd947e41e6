import { z } from 'zod';
import { ArticleFilters, ArticleSummary } from './article.js';

/**
 * A library search. `query` syntax: words (all must occur), "exact phrases", prefix*, OR
 * between alternatives, -word or -"phrase" to exclude.
 */
export const SearchInput = z
  .object({
    query: z.string().trim().min(1, 'must not be empty').max(1000),
    filters: ArticleFilters.default({}),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type SearchInput = z.input<typeof SearchInput>;

/** A run of snippet text; `match` marks the words the query matched. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  article: ArticleSummary,
  /** The title with matched words marked. */
  title: z.array(SnippetPart),
  /** A passage of the body around the best match, matched words marked. */
  snippet: z.array(SnippetPart),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Hits ranked with title matches first, then by relevance. */
export const SearchPage = z.object({
  total: z.number().int(),
  hits: z.array(SearchHit),
});
export type SearchPage = z.infer<typeof SearchPage>;
