import type Database from 'better-sqlite3';
import type { Tag } from '../../../shared/domain/tag.js';

export interface TagRow {
  id: string;
  parent_id: string | null;
  name: string;
  colour: string;
  description: string | null;
  position: number;
  created_at: string;
}

/**
 * The codebook's SQL. Tags form a tree by parent_id; the service keeps it free of cycles. The
 * counts and the flattened tree (tag_count, tag_closure) are kept by triggers (migration 0100).
 */
export function tagRepo(db: Database.Database) {
  const all = db.prepare(`
    SELECT tag.id, tag.parent_id, tag.name, tag.colour, tag.description, tag.position,
      coalesce(c.highlights, 0) AS highlight_count, coalesce(c.total, 0) AS total_count
    FROM tag LEFT JOIN tag_count c ON c.tag_id = tag.id
    ORDER BY tag.position, tag.name COLLATE NOCASE`);
  const byId = db.prepare(`SELECT id, parent_id, name, colour, description, position, created_at FROM tag WHERE id = ?`);
  const children = db.prepare(`
    SELECT id, parent_id, name, colour, description, position, created_at FROM tag
    WHERE parent_id IS ? ORDER BY position, name COLLATE NOCASE`);
  const descendants = db.prepare(`SELECT descendant FROM tag_closure WHERE ancestor = ? AND descendant <> ancestor`).pluck();
  const insert = db.prepare(`
    INSERT INTO tag (id, parent_id, name, colour, description, position, created_at)
    VALUES (@id, @parent_id, @name, @colour, @description, @position, @created_at)`);
  const update = db.prepare(`
    UPDATE tag SET parent_id = @parent_id, name = @name, colour = @colour, description = @description,
      position = @position WHERE id = @id`);
  const setPosition = db.prepare(`UPDATE tag SET position = ? WHERE id = ? AND position IS NOT ?`);
  const remove = db.prepare(`DELETE FROM tag WHERE id = ?`);
  const usage = db.prepare(`SELECT count(*) FROM annotation_tag WHERE tag_id = ?`).pluck();
  const existing = db.prepare(`SELECT id FROM tag WHERE id IN (SELECT value FROM json_each(?))`).pluck();
  // A highlight that already carries `into` just loses `from`; the others swap one for the other.
  const dropDuplicateJoins = db.prepare(`
    DELETE FROM annotation_tag WHERE tag_id = @from
      AND annotation_id IN (SELECT annotation_id FROM annotation_tag WHERE tag_id = @into)`);
  const retagJoins = db.prepare(`UPDATE annotation_tag SET tag_id = @into WHERE tag_id = @from`);

  return {
    /** Depth-first: each tag followed by its sub-tags, siblings by position then name. */
    list(): Tag[] {
      const rows = all.all() as Tag[];
      const byParent = new Map<string | null, Tag[]>();
      for (const row of rows) byParent.set(row.parent_id, [...(byParent.get(row.parent_id) ?? []), row]);
      const ordered: Tag[] = [];
      const walk = (parent: string | null) => {
        for (const tag of byParent.get(parent) ?? []) {
          ordered.push(tag);
          walk(tag.id);
        }
      };
      walk(null);
      return ordered;
    },
    get: (id: string) => byId.get(id) as TagRow | undefined,
    children: (parentId: string | null) => children.all(parentId) as TagRow[],
    descendantIds: (id: string) => descendants.all(id) as string[],
    /** Which of `ids` exist. */
    existing: (ids: readonly string[]) => new Set(existing.all(JSON.stringify(ids)) as string[]),
    insert: (row: TagRow) => void insert.run(row),
    update: (row: Omit<TagRow, 'created_at'>) => void update.run(row),
    setPosition: (id: string, position: number) => void setPosition.run(position, id, position),
    delete: (id: string) => void remove.run(id),
    highlightCount: (id: string) => usage.get(id) as number,
    /** Moves every highlight of `from` to `into`, never joining a highlight to a tag twice. */
    moveHighlights(from: string, into: string): void {
      dropDuplicateJoins.run({ from, into });
      retagJoins.run({ from, into });
    },
  };
}
export type TagRepo = ReturnType<typeof tagRepo>;
