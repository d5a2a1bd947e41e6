import { z } from 'zod';
import { Id } from './article.js';

export const Colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'must be a colour like #1f77b4');

const TagName = z.string().trim().min(1, 'must not be empty').max(120);

/** A codebook entry. Counts: highlights carrying this tag, and including its descendants. */
export const Tag = z.object({
  id: Id,
  parent_id: Id.nullable(),
  name: z.string(),
  colour: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  highlight_count: z.number().int(),
  total_count: z.number().int(),
});
export type Tag = z.infer<typeof Tag>;

export const TagCreateInput = z
  .object({
    name: TagName,
    parent_id: Id.nullable().default(null),
    colour: Colour.optional(),
    description: z.string().trim().max(1000).optional(),
  })
  .strict();
export type TagCreateInput = z.input<typeof TagCreateInput>;

/** Rename, recolour, describe, or move (parent_id null = top level). Left out = unchanged. */
export const TagUpdateInput = z
  .object({
    id: Id,
    name: TagName.optional(),
    colour: Colour.optional(),
    description: z.string().trim().max(1000).nullable().optional(),
    parent_id: Id.nullable().optional(),
    position: z.number().int().min(0).optional(),
  })
  .strict();
export type TagUpdateInput = z.input<typeof TagUpdateInput>;

/** `from`'s highlights and children go to `into`; `from` is deleted. */
export const TagMergeInput = z.object({ from: Id, into: Id }).strict();

/** Deleting a tag that is in use needs `move_to`: its highlights and children go there. */
export const TagDeleteInput = z.object({ id: Id, move_to: Id.optional() }).strict();

/** One entry of a codebook file, with its sub-tags. */
export interface CodebookEntry {
  name: string;
  colour: string;
  description: string;
  children?: CodebookEntry[];
}

const CodebookEntry: z.ZodType<CodebookEntry> = z.lazy(() =>
  z
    .object({
      name: TagName,
      colour: Colour,
      description: z.string().trim().min(1, 'must describe the tag in a line').max(1000),
      children: z.array(CodebookEntry).optional(),
    })
    .strict(),
);

/** A codebook file such as resources/codebook/default.json: named tags, nested by `children`. */
export const CodebookFile = z
  .object({
    name: z.string().min(1),
    version: z.literal(1),
    tags: z.array(CodebookEntry).min(1),
  })
  .strict();
export type CodebookFile = z.infer<typeof CodebookFile>;
