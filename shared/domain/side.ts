import { z } from 'zod';
import { Colour } from './tag.js';

/** A side's id: a lower-case slug (`pakistan`, `afghanistan`, `other`, or one made from a new side's name). */
export const SideId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a side id like pakistan');

export const SideRecord = z.object({
  id: SideId,
  name: z.string(),
  colour: z.string(),
  position: z.number().int(),
});
export type SideRecord = z.infer<typeof SideRecord>;

/** Every side in order, and the two the comparison shows (left, right). */
export const SideList = z.object({
  sides: z.array(SideRecord),
  compared: z.tuple([SideId, SideId]),
});
export type SideList = z.infer<typeof SideList>;

const SideName = z.string().trim().min(1, 'must not be empty').max(80);

export const SideCreateInput = z.object({ name: SideName, colour: Colour }).strict();
export const SideUpdateInput = z
  .object({ id: SideId, name: SideName.optional(), colour: Colour.optional(), position: z.number().int().min(0).optional() })
  .strict();
export const SideCompareInput = z
  .object({ compared: z.tuple([SideId, SideId]) })
  .strict()
  .refine((v) => v.compared[0] !== v.compared[1], { message: 'choose two different sides', path: ['compared'] });
