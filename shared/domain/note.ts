import { z } from 'zod';
import { Id } from './article.js';

/** The analyst's own note on an article (Markdown); empty when none. */
export const ArticleNote = z.object({
  article_id: Id,
  body: z.string(),
  updated_at: z.string().nullable(),
});
export type ArticleNote = z.infer<typeof ArticleNote>;

export const ArticleNoteSetInput = z
  .object({ article_id: Id, body: z.string().max(1_000_000) })
  .strict();
