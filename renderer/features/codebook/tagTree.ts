import type { Tag } from '../../../shared/domain/tag';

/** One visible line of the tree: a tag with its depth (1 = top level) and whether it has sub-tags. */
export interface TreeRow {
  tag: Tag;
  level: number;
  hasChildren: boolean;
  /** The tag the row sits under, for ArrowLeft. */
  parentId: string | null;
}

/** Tags by parent id (null = top level), each list in sibling order. */
function childrenByParent(tags: readonly Tag[]): Map<string | null, Tag[]> {
  const byParent = new Map<string | null, Tag[]>();
  for (const tag of tags) byParent.set(tag.parent_id, [...(byParent.get(tag.parent_id) ?? []), tag]);
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return byParent;
}

/**
 * The rows to show, depth first, skipping the sub-tags of collapsed tags. A tag whose parent is
 * missing from the list is shown at the top level rather than lost.
 */
export function visibleRows(tags: readonly Tag[], collapsed: ReadonlySet<string>): TreeRow[] {
  const known = new Set(tags.map((tag) => tag.id));
  const byParent = childrenByParent(
    tags.map((tag) => (tag.parent_id && !known.has(tag.parent_id) ? { ...tag, parent_id: null } : tag)),
  );
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, level: number) => {
    for (const tag of byParent.get(parentId) ?? []) {
      const hasChildren = byParent.has(tag.id);
      rows.push({ tag, level, hasChildren, parentId });
      if (hasChildren && !collapsed.has(tag.id)) walk(tag.id, level + 1);
    }
  };
  walk(null, 1);
  return rows;
}

/** `id` and every tag below it: where a tag cannot be moved or merged to. */
export function selfAndDescendants(tags: readonly Tag[], id: string): Set<string> {
  const byParent = childrenByParent(tags);
  const found = new Set<string>();
  const walk = (tagId: string) => {
    found.add(tagId);
    for (const child of byParent.get(tagId) ?? []) walk(child.id);
  };
  walk(id);
  return found;
}

/** Every tag, depth first with its level, for pickers that show the hierarchy. */
export function allRows(tags: readonly Tag[]): TreeRow[] {
  return visibleRows(tags, new Set());
}

/** "3 highlights", with "(7 with sub-tags)" when sub-tags add to it; "4 in sub-tags" when only they have any. */
export function countLabel(tag: Tag): string {
  if (tag.highlight_count === 0 && tag.total_count > 0) return `${tag.total_count} in sub-tags`;
  const own = `${tag.highlight_count} highlight${tag.highlight_count === 1 ? '' : 's'}`;
  return tag.total_count > tag.highlight_count ? `${own} (${tag.total_count} with sub-tags)` : own;
}
