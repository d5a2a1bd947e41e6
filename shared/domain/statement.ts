import { z } from 'zod';
import { ActorId } from './actor.js';
import { Id, IsoDateish } from './article.js';
import { SideId } from './side.js';

export const StatementKind = z.enum(['direct', 'reported']);
export const Stance = z.enum(['conciliatory', 'neutral', 'critical', 'hostile']);

const CalendarDate = IsoDateish.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'must be a date like 2025-04-17');

/**
 * Who said what: a highlight (its quote, offsets and topic tags) with a speaker, a side, a kind,
 * a stance towards the other side and the date it was said.
 */
export const Statement = z.object({
  id: Id,
  annotation_id: Id,
  article_id: Id,
  /** Null when the speaker is not in the registry; then `speaker_text` names them as the text does. */
  actor_id: ActorId.nullable(),
  speaker_text: z.string().nullable(),
  /** The actor's name, or speaker_text. */
  speaker: z.string(),
  side_id: SideId.nullable(),
  kind: StatementKind,
  stance: Stance.nullable(),
  said_on: z.string().nullable(),
  responds_to: Id.nullable(),
  /** The highlight's quote and tags, for display. */
  quote: z.string(),
  tag_ids: z.array(Id),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Statement = z.infer<typeof Statement>;

/**
 * Marks a highlight as a statement. Side defaults to the actor's; said_on defaults to a day named
 * near the quote ("on Thursday") resolved against the article's date, else the article's date.
 */
export const StatementCreateInput = z
  .object({
    annotation_id: Id,
    actor_id: ActorId.nullable().default(null),
    speaker_text: z.string().trim().min(1).max(200).nullable().default(null),
    side_id: SideId.nullable().optional(),
    kind: StatementKind,
    stance: Stance.nullable().default(null),
    said_on: CalendarDate.nullable().optional(),
    responds_to: Id.nullable().default(null),
  })
  .strict()
  .refine((v) => v.actor_id !== null || v.speaker_text !== null, { message: 'needs a speaker', path: ['actor_id'] });

export const StatementUpdateInput = z
  .object({
    id: Id,
    actor_id: ActorId.nullable().optional(),
    speaker_text: z.string().trim().min(1).max(200).nullable().optional(),
    side_id: SideId.nullable().optional(),
    kind: StatementKind.optional(),
    stance: Stance.nullable().optional(),
    said_on: CalendarDate.nullable().optional(),
    responds_to: Id.nullable().optional(),
  })
  .strict();

/** A machine-found statement waiting for the analyst (nothing is stored until accepted). */
export const Suggestion = z.object({
  article_id: Id,
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  kind: StatementKind,
  /** The speaker as the text names them, when found. */
  speaker_mention: z.string().nullable(),
  actor_id: ActorId.nullable(),
  /** The actor's name, or the mention. */
  speaker: z.string().nullable(),
  side_id: SideId.nullable(),
  confidence: z.number().min(0).max(1),
  /** The date it was said, resolved as for statements. */
  said_on: z.string().nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** Accepting stores a highlight and its statement in one step; the fields override the suggestion's. */
export const SuggestionAcceptInput = z
  .object({
    article_id: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: StatementKind,
    actor_id: ActorId.nullable().default(null),
    speaker_text: z.string().trim().min(1).max(200).nullable().default(null),
    side_id: SideId.nullable().optional(),
    stance: Stance.nullable().default(null),
    said_on: CalendarDate.nullable().optional(),
    tag_ids: z.array(Id).max(50).default([]),
  })
  .strict()
  .refine((v) => v.actor_id !== null || v.speaker_text !== null, { message: 'needs a speaker', path: ['actor_id'] });

export const SuggestionRejectInput = z
  .object({ article_id: Id, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict();

export const SuggestionAcceptAllInput = z
  .object({ article_id: Id, min_confidence: z.number().min(0).max(1).default(0.8), tag_ids: z.array(Id).max(50).default([]) })
  .strict();
