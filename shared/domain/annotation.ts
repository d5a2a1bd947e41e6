import { z } from 'zod';
import { Id } from './article.js';
import { Colour } from './tag.js';

export const AnchorStatus = z.enum(['anchored', 'moved', 'orphaned']);

/** A highlight: a span of an article's body (UTF-16 offsets) with its quote, tags and note. */
export const Annotation = z.object({
  id: Id,
  article_id: Id,
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  note: z.string(),
  /** Null: shown in its first tag's colour. */
  colour: z.string().nullable(),
  status: AnchorStatus,
  tag_ids: z.array(Id),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

const Note = z.string().max(100_000);

/** The backend takes the quote from the stored body; the client sends only the span. */
export const AnnotationCreateInput = z
  .object({
    article_id: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    tag_ids: z.array(Id).max(50).default([]),
    note: Note.default(''),
    colour: Colour.nullable().default(null),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'must be after start', path: ['end'] });

export const AnnotationUpdateInput = z
  .object({
    id: Id,
    tag_ids: z.array(Id).max(50).optional(),
    note: Note.optional(),
    colour: Colour.nullable().optional(),
  })
  .strict();

/** Places a highlight (typically an orphan) on newly selected text. */
export const AnnotationReattachInput = z
  .object({ id: Id, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((v) => v.end > v.start, { message: 'must be after start', path: ['end'] });

/** An orphan awaiting review, with the article it belongs to. */
export const Orphan = Annotation.extend({ article_title: z.string() });
