import { z } from 'zod';
import { Id, IsoDateish } from './article.js';
import { CompareFilters } from './compare.js';
import { SideId } from './side.js';

/**
 * A briefing note: Markdown the analyst writes, with citations inserted as tokens on their own
 * line — `{{quote:<citation id>}}` for a cited statement or highlight, `{{compare:<citation id>}}`
 * for a topic's two-column comparison. A citation keeps a snapshot of what was cited, so the
 * note never changes silently when the statement does; it is flagged instead.
 */
export const BriefingNote = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  author: z.string(),
  /** The handling caveat printed on every page ("OFFICIAL – SENSITIVE"), '' for none. */
  caveat: z.string(),
  /** The date the note carries (YYYY-MM-DD). */
  note_date: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type BriefingNote = z.infer<typeof BriefingNote>;

export const BriefingSummary = BriefingNote.omit({ body: true }).extend({
  /** The first words of the body, or a search snippet. */
  excerpt: z.string(),
  citation_count: z.number().int(),
});
export type BriefingSummary = z.infer<typeof BriefingSummary>;

/** What a cited quotation shows, as it was when cited (and, for comparison, as it is now). */
export const QuoteSnapshot = z.object({
  quote: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  side_id: SideId.nullable(),
  side: z.string().nullable(),
  said_on: z.string().nullable(),
  outlet: z.string().nullable(),
  article_title: z.string(),
  url: z.string().nullable(),
  language: z.string(),
  direction: z.enum(['ltr', 'rtl']),
});
export type QuoteSnapshot = z.infer<typeof QuoteSnapshot>;

export const ComparisonSnapshot = z.object({
  topic_id: z.string(),
  topic: z.string(),
  sides: z.array(
    z.object({
      side_id: SideId,
      name: z.string(),
      colour: z.string(),
      summary: z.string(),
      /** Each statement as cited; `statement_id` lets the note flag later edits. */
      statements: z.array(QuoteSnapshot.extend({ statement_id: Id })),
    }),
  ),
});
export type ComparisonSnapshot = z.infer<typeof ComparisonSnapshot>;

/** current: the cited item still reads as cited; changed: edited since; deleted: gone. */
export const CitationStatus = z.enum(['current', 'changed', 'deleted']);

export const Citation = z.discriminatedUnion('kind', [
  z.object({
    id: Id,
    note_id: Id,
    kind: z.literal('quote'),
    /** The statement or highlight cited. */
    target: z.object({ type: z.enum(['statement', 'annotation']), id: Id }),
    snapshot: QuoteSnapshot,
    status: CitationStatus,
    created_at: z.string(),
  }),
  z.object({
    id: Id,
    note_id: Id,
    kind: z.literal('compare'),
    target: z.object({ type: z.literal('topic'), id: z.string() }),
    snapshot: ComparisonSnapshot,
    status: CitationStatus,
    created_at: z.string(),
  }),
]);
export type Citation = z.infer<typeof Citation>;

export const BriefingWithCitations = z.object({ note: BriefingNote, citations: z.array(Citation) });

export const BriefingListInput = z.object({ query: z.string().trim().max(500).optional() }).strict();

export const BriefingCreateInput = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(300),
    author: z.string().trim().max(200).default(''),
    caveat: z.string().trim().max(200).default(''),
    note_date: IsoDateish.optional(),
  })
  .strict();

export const BriefingUpdateInput = z
  .object({
    id: Id,
    title: z.string().trim().min(1, 'must not be empty').max(300).optional(),
    body: z.string().max(2_000_000).optional(),
    author: z.string().trim().max(200).optional(),
    caveat: z.string().trim().max(200).optional(),
    note_date: IsoDateish.optional(),
  })
  .strict();

/** Cite a statement or highlight, or a topic's comparison (with the sides and filters shown). */
export const CiteInput = z.discriminatedUnion('kind', [
  z.object({ note_id: Id, kind: z.literal('quote'), target: z.object({ type: z.enum(['statement', 'annotation']), id: Id }) }).strict(),
  z
    .object({
      note_id: Id,
      kind: z.literal('compare'),
      topic_id: z.string().max(64),
      sides: z.tuple([SideId, SideId]).optional(),
      filters: CompareFilters.default({}),
      per_side: z.number().int().min(1).max(50).default(5),
    })
    .strict(),
]);

/** The citation and the token to insert in the body where the cursor is. */
export const CiteResult = z.object({ citation: Citation, token: z.string() });

export const ExportFormat = z.enum(['docx', 'pdf', 'html', 'md']);

/** A finished export: a suggested file name, its MIME type and its bytes (base64). */
export const ExportedFile = z.object({ file_name: z.string(), mime: z.string(), data: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;
