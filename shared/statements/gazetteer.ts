import { z } from 'zod';
import { foldName, isArabicScript } from './names.js';

/**
 * The actor gazetteer (resources/gazetteer/actors.json): the people and bodies whose statements
 * Parallax tracks, with their side, dated roles and the names they go by in English, Urdu,
 * Pashto and Dari. A new workspace's actor registry is seeded from it.
 */

export const Side = z.enum(['pakistan', 'afghanistan', 'other']);
export type Side = z.infer<typeof Side>;

export const AliasLanguage = z.enum(['en', 'ur', 'ps', 'fa']);

/** A year or a month: a role's dates are only as precise as what is known. */
const YearOrMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM');

export const ActorRole = z
  .object({
    title: z.string().trim().min(1),
    organisation: z.string().trim().min(1).optional(),
    from: YearOrMonth.optional(),
    to: YearOrMonth.optional(),
  })
  .strict()
  .refine((role) => !role.from || !role.to || role.from <= role.to, {
    message: 'a role cannot end before it starts',
    path: ['to'],
  });

export const ActorAlias = z
  .object({
    text: z.string().trim().min(1),
    lang: AliasLanguage,
    /** Set on every actor carrying an alias that names more than one of them. */
    shared: z.boolean().optional(),
  })
  .strict()
  .refine((alias) => (alias.lang === 'en') !== isArabicScript(alias.text), {
    message: 'English aliases are in Latin script; Urdu, Pashto and Dari aliases in Arabic script',
    path: ['text'],
  });

export const GazetteerActor = z
  .object({
    id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'must be a lower-case slug like pk-ishaq-dar'),
    name: z.string().trim().min(1),
    kind: z.enum(['person', 'body']),
    side: Side,
    roles: z.array(ActorRole).min(1),
    aliases: z.array(ActorAlias).min(1),
  })
  .strict();
export type GazetteerActor = z.infer<typeof GazetteerActor>;

export const Gazetteer = z
  .object({ version: z.literal(1), actors: z.array(GazetteerActor) })
  .strict()
  .superRefine((gazetteer, ctx) => {
    const ids = new Set<string>();
    gazetteer.actors.forEach((actor, index) => {
      if (ids.has(actor.id)) ctx.addIssue({ code: 'custom', message: `duplicate actor id ${actor.id}`, path: ['actors', index, 'id'] });
      ids.add(actor.id);
    });
    for (const clash of aliasClashes(gazetteer.actors)) {
      ctx.addIssue({
        code: 'custom',
        message: `alias "${clash.alias}" names ${clash.actorIds.join(' and ')}; mark it shared on each of them or remove it`,
        path: ['actors'],
      });
    }
  });
export type Gazetteer = z.infer<typeof Gazetteer>;

/** Aliases (compared folded) carried by more than one actor without every holder marking them shared. */
export function aliasClashes(actors: readonly GazetteerActor[]): { alias: string; actorIds: string[] }[] {
  const holders = new Map<string, { alias: string; actorIds: Set<string>; allShared: boolean }>();
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const key = foldName(alias.text);
      const entry = holders.get(key) ?? { alias: alias.text, actorIds: new Set<string>(), allShared: true };
      entry.actorIds.add(actor.id);
      entry.allShared &&= alias.shared === true;
      holders.set(key, entry);
    }
  }
  return [...holders.values()]
    .filter((entry) => entry.actorIds.size > 1 && !entry.allShared)
    .map((entry) => ({ alias: entry.alias, actorIds: [...entry.actorIds] }));
}

/** Parse gazetteer JSON, throwing an error that names each problem. */
export function parseGazetteer(json: unknown): Gazetteer {
  const result = Gazetteer.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid actor gazetteer:\n${problems.join('\n')}`);
}
