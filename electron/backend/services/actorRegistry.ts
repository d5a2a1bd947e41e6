import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import gazetteerJson from '../../../resources/gazetteer/actors.json' with { type: 'json' };
import type { Actor, ActorCreateInput, ActorListInput, ActorMergeInput, ActorUpdateInput } from '../../../shared/domain/actor.js';
import { buildActorIndex, type ActorIndex } from '../../../shared/statements/actorIndex.js';
import { parseGazetteer, Side, type Gazetteer } from '../../../shared/statements/gazetteer.js';
import { foldName, isArabicScript } from '../../../shared/statements/names.js';
import { AppError } from '../errors.js';
import { actorRepo, type ActorRepo } from '../repos/actorRepo.js';
import type { SideRepo } from '../repos/sideRepo.js';

/** Fills an empty registry (a new workspace, or one just migrated to schema 50) from the gazetteer, keeping its slugs as ids. */
export function seedActors(db: Database.Database, gazetteer: Gazetteer = parseGazetteer(gazetteerJson), now = new Date()): void {
  const actors = actorRepo(db);
  db.transaction(() => {
    if (!actors.isEmpty()) return;
    for (const actor of gazetteer.actors) {
      actors.insert({ id: actor.id, name: actor.name, kind: actor.kind, side_id: actor.side, created_at: now.toISOString() });
      actors.setRoles(actor.id, actor.roles.map((r) => ({ title: r.title, organisation: r.organisation ?? null, from: r.from ?? null, to: r.to ?? null })));
      actors.setAliases(actor.id, actor.aliases.map((a) => ({ alias: a.text, language: a.lang })));
    }
  }).immediate();
}

// The extractor's index, built from the registry once per connection and dropped on any actor change.
const indexes = new WeakMap<Database.Database, ActorIndex>();

/** The extractor's three sides; an actor of another side (or none) counts as "other" to it. */
const extractorSide = (sideId: string | null): Side => Side.safeParse(sideId).data ?? 'other';

/** The registry's actors as the extractor's index (cached per workspace connection). */
export function actorIndexFor(db: Database.Database): ActorIndex {
  let index = indexes.get(db);
  if (!index) {
    index = buildActorIndex(
      actorRepo(db).list().map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        side: extractorSide(actor.side_id),
        // The display name always resolves, even when no alias repeats it.
        aliases: [{ text: actor.name }, ...actor.aliases.map((a) => ({ text: a.alias }))],
      })),
    );
    indexes.set(db, index);
  }
  return index;
}

const matchesQuery = (actor: Actor, folded: string) =>
  [actor.name, ...actor.aliases.map((a) => a.alias)].some((name) => foldName(name).includes(folded));

/** Adding, editing and merging actors; every change drops the cached extractor index. */
export function actorRegistry(db: Database.Database, actors: ActorRepo, sides: SideRepo) {
  const changed = () => indexes.delete(db);

  function mustGet(id: string, field = 'id'): Actor {
    const actor = actors.get(id);
    if (!actor) throw new AppError('not_found', `No actor with id ${id}.`, field);
    return actor;
  }

  function checkSide(sideId: string | null | undefined): void {
    if (sideId && !sides.get(sideId)) throw new AppError('not_found', `No side with id ${sideId}.`, 'side_id');
  }

  return {
    get: (id: string) => mustGet(id),

    list({ query, side_id }: z.output<typeof ActorListInput>): Actor[] {
      const folded = query ? foldName(query) : '';
      return actors.list().filter((a) => (!side_id || a.side_id === side_id) && (!folded || matchesQuery(a, folded)));
    },

    create(input: z.output<typeof ActorCreateInput>, now = new Date()): Actor {
      checkSide(input.side_id);
      const id = randomUUID();
      actors.insert({ id, name: input.name, kind: input.kind, side_id: input.side_id, created_at: now.toISOString() });
      actors.setRoles(id, input.roles);
      actors.setAliases(id, input.aliases);
      changed();
      return mustGet(id);
    },

    update(input: z.output<typeof ActorUpdateInput>): Actor {
      const current = mustGet(input.id);
      checkSide(input.side_id);
      actors.update({
        id: current.id,
        name: input.name ?? current.name,
        kind: input.kind ?? current.kind,
        side_id: input.side_id === undefined ? current.side_id : input.side_id,
      });
      if (input.roles) actors.setRoles(current.id, input.roles);
      if (input.aliases) actors.setAliases(current.id, input.aliases);
      changed();
      return mustGet(current.id);
    },

    /** `from`'s statements, aliases (its name among them) and roles go to `into`; `from` is deleted. */
    merge({ from, into }: z.output<typeof ActorMergeInput>): Actor {
      const source = mustGet(from, 'from');
      mustGet(into, 'into');
      actors.moveStatements(from, into);
      // The merged actor's name keeps resolving to `into` (as an English alias when it is in Latin script).
      const name = isArabicScript(source.name) ? [] : [{ alias: source.name, language: 'en' as const }];
      actors.addAliases(into, [...name, ...source.aliases]);
      actors.appendRoles(into, source.roles);
      actors.delete(from);
      changed();
      return mustGet(into);
    },
  };
}
export type ActorRegistry = ReturnType<typeof actorRegistry>;
