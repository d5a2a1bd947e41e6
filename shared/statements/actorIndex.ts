import type { Side } from './gazetteer.js';
import { isArabicScript, tokenize, type Token } from './names.js';

/** What the index needs of an actor: the gazetteer's actors and the workspace registry both fit. */
export interface IndexableActor {
  id: string;
  name: string;
  side: Side;
  kind?: 'person' | 'body';
  aliases: readonly { text: string }[];
}

export interface ActorMatch {
  actorId: string;
  name: string;
  side: Side;
}

export interface ActorMention extends ActorMatch {
  kind: 'person' | 'body';
  start: number;
  end: number;
}

export interface ActorIndex {
  /** The actor a mention names ("Pakistan's Foreign Minister Ishaq Dar", "Muttaqi"), or null. */
  resolve(mention: string): ActorMatch | null;
  /** Every actor named in a text, left to right, the longest alias winning at each position. */
  find(text: string): ActorMention[];
}

interface AliasEntry {
  keys: string[];
  /** More than one when the alias is shared: such a match names nobody in particular. */
  actors: IndexableActor[];
  /** A one-word Latin alias only counts when capitalised in the text ("Dar", not "dar"). */
  needsCapital: boolean;
}

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);

/**
 * Build the index. Besides the listed aliases, the last word of a person's multi-word Latin
 * alias works as a surname ("Naqvi") when exactly one actor has it.
 */
export function buildActorIndex(actors: readonly IndexableActor[]): ActorIndex {
  const byFirstKey = new Map<string, AliasEntry[]>();
  const byFullKey = new Map<string, AliasEntry>();
  const surnames = new Map<string, Set<IndexableActor>>();

  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const keys = tokenize(alias.text).map((t) => t.key);
      if (keys.length === 0) continue;
      const full = keys.join(' ');
      const existing = byFullKey.get(full);
      if (existing) {
        if (!existing.actors.includes(actor)) existing.actors.push(actor);
        continue;
      }
      const entry: AliasEntry = { keys, actors: [actor], needsCapital: keys.length === 1 && !isArabicScript(alias.text) };
      byFullKey.set(full, entry);
      const list = byFirstKey.get(keys[0]!) ?? [];
      list.push(entry);
      byFirstKey.set(keys[0]!, list);
      const surname = keys[keys.length - 1]!;
      if (actor.kind !== 'body' && keys.length > 1 && surname.length >= 3 && !isArabicScript(alias.text)) {
        surnames.set(surname, (surnames.get(surname) ?? new Set()).add(actor));
      }
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const mention = (actor: IndexableActor, start: number, end: number): ActorMention => ({
    actorId: actor.id,
    name: actor.name,
    side: actor.side,
    kind: actor.kind ?? 'person',
    start,
    end,
  });

  function find(text: string): ActorMention[] {
    const tokens = tokenize(text);
    const found: ActorMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i]!;
      const entry = byFirstKey
        .get(token.key)
        ?.find(
          (candidate) =>
            candidate.keys.every((key, k) => tokens[i + k]?.key === key) && (!candidate.needsCapital || capitalised(token)),
        );
      if (entry) {
        const last = tokens[i + entry.keys.length - 1]!;
        if (entry.actors.length === 1) found.push(mention(entry.actors[0]!, token.start, last.end));
        i += entry.keys.length;
        continue;
      }
      const bearers = surnames.get(token.key);
      if (bearers?.size === 1 && capitalised(token)) found.push(mention([...bearers][0]!, token.start, token.end));
      i += 1;
    }
    return found;
  }

  function resolve(text: string): ActorMatch | null {
    const exact = byFullKey.get(tokenize(text).map((t) => t.key).join(' '));
    if (exact?.actors.length === 1) {
      const [actor] = exact.actors;
      return { actorId: actor!.id, name: actor!.name, side: actor!.side };
    }
    const mentions = find(text);
    const best = mentions.find((m) => m.kind === 'person') ?? mentions[0];
    return best ? { actorId: best.actorId, name: best.name, side: best.side } : null;
  }

  return { resolve, find };
}
