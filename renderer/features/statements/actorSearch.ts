import type { Actor } from '../../../shared/domain/actor';
import { foldName } from '../../../shared/statements/names';

/**
 * The actors whose name or any alias contains `query` (case, apostrophes and the letter variants
 * of Urdu, Pashto and Dari folded, so "دار" finds اسحاق ڈار's Urdu alias and "muttaqi" finds Muttaqi),
 * optionally only those of one side. Names matching from their start come first.
 */
export function matchActors(actors: readonly Actor[], query: string, sideId: string | null = null): Actor[] {
  const wanted = foldName(query);
  const onSide = sideId === null ? actors : actors.filter((a) => a.side_id === sideId);
  if (!wanted) return [...onSide];
  const scored: { actor: Actor; rank: number }[] = [];
  for (const actor of onSide) {
    const names = [actor.name, ...actor.aliases.map((a) => a.alias)].map(foldName);
    if (names.some((n) => n.startsWith(wanted) || n.includes(` ${wanted}`))) scored.push({ actor, rank: 0 });
    else if (names.some((n) => n.includes(wanted))) scored.push({ actor, rank: 1 });
  }
  return scored.sort((a, b) => a.rank - b.rank).map((s) => s.actor);
}

/** The alias that matched `query`, when it is not the actor's name: shown beside the name. */
export function matchedAlias(actor: Actor, query: string): string | null {
  const wanted = foldName(query);
  if (!wanted || foldName(actor.name).includes(wanted)) return null;
  return actor.aliases.find((a) => foldName(a.alias).includes(wanted))?.alias ?? null;
}
