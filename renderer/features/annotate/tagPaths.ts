import type { Tag } from '../../../shared/domain/tag';

/** "Security & militancy › TTP": a tag's name after its ancestors', as the combobox shows it. */
export function tagPath(tag: Tag, byId: ReadonlyMap<string, Tag>): string {
  const names = [tag.name];
  const seen = new Set([tag.id]);
  for (let parent = tag.parent_id && byId.get(tag.parent_id); parent && !seen.has(parent.id); parent = parent.parent_id && byId.get(parent.parent_id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
  }
  return names.join(' › ');
}

export const tagsById = (tags: readonly Tag[]) => new Map(tags.map((t) => [t.id, t]));

/** Tags whose path contains every word of `query` (case ignored), shortest path first. */
export function matchTags(tags: readonly Tag[], byId: ReadonlyMap<string, Tag>, query: string, limit = 8): { tag: Tag; path: string }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return tags
    .map((tag) => ({ tag, path: tagPath(tag, byId) }))
    .filter(({ path }) => words.every((w) => path.toLowerCase().includes(w)))
    .sort((a, b) => Number(b.tag.name.toLowerCase().startsWith(words[0]!)) - Number(a.tag.name.toLowerCase().startsWith(words[0]!)) || a.path.length - b.path.length)
    .slice(0, limit);
}
