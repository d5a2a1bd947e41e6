import { z } from 'zod';
import { SideId } from './side.js';

/** Seeded actors keep their gazetteer slug (`pk-ishaq-dar`); actors added later get a UUID. */
export const ActorId = z.string().trim().min(1).max(100);

const YearOrMonthOrDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const ActorRoleRecord = z.object({
  title: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).nullable().default(null),
  from: YearOrMonthOrDay.nullable().default(null),
  to: YearOrMonthOrDay.nullable().default(null),
});

export const ActorAliasRecord = z.object({
  alias: z.string().trim().min(1).max(200),
  /** en, ur, ps or fa. */
  language: z.enum(['en', 'ur', 'ps', 'fa']),
});

export const Actor = z.object({
  id: ActorId,
  name: z.string(),
  kind: z.enum(['person', 'body']),
  side_id: SideId.nullable(),
  /** The current role (the latest one without an end), for display. */
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  roles: z.array(ActorRoleRecord),
  aliases: z.array(ActorAliasRecord),
  statement_count: z.number().int(),
});
export type Actor = z.infer<typeof Actor>;

export const ActorListInput = z
  .object({ query: z.string().trim().max(200).optional(), side_id: SideId.optional() })
  .strict();

export const ActorCreateInput = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    kind: z.enum(['person', 'body']).default('person'),
    side_id: SideId.nullable().default(null),
    roles: z.array(ActorRoleRecord).max(50).default([]),
    aliases: z.array(ActorAliasRecord).max(100).default([]),
  })
  .strict();

/** Left out = unchanged; `roles`/`aliases` replace the whole list when given. */
export const ActorUpdateInput = z
  .object({
    id: ActorId,
    name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    kind: z.enum(['person', 'body']).optional(),
    side_id: SideId.nullable().optional(),
    roles: z.array(ActorRoleRecord).max(50).optional(),
    aliases: z.array(ActorAliasRecord).max(100).optional(),
  })
  .strict();

/** `from`'s statements, aliases and roles go to `into`; `from` is deleted. */
export const ActorMergeInput = z
  .object({ from: ActorId, into: ActorId })
  .strict()
  .refine((v) => v.from !== v.into, { message: 'choose two different actors', path: ['into'] });
