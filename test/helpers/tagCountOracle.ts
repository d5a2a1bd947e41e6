import type Database from 'better-sqlite3';

export interface TagCounts {
  id: string;
  highlight_count: number;
  total_count: number;
}

/**
 * Every tag's counts by their definition, the way tags.list computed them before migration 0100
 * (correlated subqueries over annotation_tag): the oracle the incremental counts must equal.
 */
export function countsByDefinition(db: Database.Database): TagCounts[] {
  return db
    .prepare(`
      WITH RECURSIVE subtree (root, id) AS (
        SELECT id, id FROM tag
        UNION ALL SELECT subtree.root, tag.id FROM tag JOIN subtree ON tag.parent_id = subtree.id)
      SELECT tag.id,
        (SELECT count(*) FROM annotation_tag WHERE tag_id = tag.id) AS highlight_count,
        (SELECT count(DISTINCT at.annotation_id) FROM subtree JOIN annotation_tag at ON at.tag_id = subtree.id
          WHERE subtree.root = tag.id) AS total_count
      FROM tag ORDER BY tag.id`)
    .all() as TagCounts[];
}

/** The counts of listed tags, in the oracle's order. */
export function countsOf(tags: readonly TagCounts[]): TagCounts[] {
  return tags
    .map(({ id, highlight_count, total_count }) => ({ id, highlight_count, total_count }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
