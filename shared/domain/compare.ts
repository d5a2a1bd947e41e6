import { z } from 'zod';
import { ActorId } from './actor.js';
import { Id, IsoDateish } from './article.js';
import { SideId } from './side.js';
import { Stance, StatementKind } from './statement.js';

/** What narrows the comparison; every field optional, all must hold. */
export const CompareFilters = z
  .object({
    from: IsoDateish.optional(),
    to: IsoDateish.optional(),
    actor_ids: z.array(ActorId).max(200).optional(),
    outlets: z.array(z.string().max(200)).max(100).optional(),
    kinds: z.array(StatementKind).optional(),
    stances: z.array(Stance).optional(),
    /** Words in the quote (the library's search syntax). */
    text: z.string().trim().max(500).optional(),
    /** Only these topics (top-level tag ids; '' for untagged). */
    topics: z.array(z.string().max(64)).max(200).optional(),
  })
  .strict();
export type CompareFilters = z.input<typeof CompareFilters>;

/** One statement as a comparison cell lists it. */
export const ComparedStatement = z.object({
  id: Id,
  article_id: Id,
  annotation_id: Id,
  quote: z.string(),
  speaker: z.string(),
  role: z.string().nullable(),
  side_id: SideId.nullable(),
  said_on: z.string().nullable(),
  outlet: z.string().nullable(),
  article_title: z.string(),
  url: z.string().nullable(),
  kind: StatementKind,
  stance: Stance.nullable(),
  responds_to: Id.nullable(),
  language: z.string(),
});
export type ComparedStatement = z.infer<typeof ComparedStatement>;

export const CompareCell = z.object({
  side_id: SideId,
  /** How many statements the cell holds under the filters. */
  count: z.number().int(),
  /** The newest first, at most `per_cell` of them; fetch the rest with compare.cell. */
  statements: z.array(ComparedStatement),
  /** The analyst's one-paragraph summary of this side's position on this topic. */
  summary: z.string(),
});

/** One row per top-level topic (plus "Untagged", topic_id ''), one cell per compared side. */
export const CompareRow = z.object({
  topic_id: z.string(),
  topic: z.string(),
  colour: z.string().nullable(),
  cells: z.array(CompareCell),
});

export const CompareMatrixInput = z
  .object({
    sides: z.tuple([SideId, SideId]).optional(),
    filters: CompareFilters.default({}),
    per_cell: z.number().int().min(0).max(200).default(20),
  })
  .strict();

export const CompareMatrix = z.object({
  sides: z.tuple([SideId, SideId]),
  rows: z.array(CompareRow),
  total: z.number().int(),
});
export type CompareMatrix = z.infer<typeof CompareMatrix>;

export const CompareCellInput = z
  .object({
    topic_id: z.string().max(64),
    side_id: SideId,
    filters: CompareFilters.default({}),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export const CompareCellPage = z.object({ total: z.number().int(), statements: z.array(ComparedStatement) });

export const TimelineInput = z
  .object({
    sides: z.tuple([SideId, SideId]).optional(),
    filters: CompareFilters.default({}),
    bucket: z.enum(['week', 'month']).default('month'),
  })
  .strict();

/** Statements per side per period (period = first day of the ISO week or of the month). */
export const Timeline = z.object({
  bucket: z.enum(['week', 'month']),
  points: z.array(z.object({ period: z.string(), side_id: SideId, count: z.number().int() })),
});

export const SummarySetInput = z
  .object({ topic_id: z.string().max(64), side_id: SideId, body: z.string().max(20_000) })
  .strict();
