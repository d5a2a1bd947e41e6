import type Database from 'better-sqlite3';
import type { Migration } from '../migration.js';

type Row = 'new' | 'old';

/**
 * Adds `sign` to the counts one highlight–tag join (`row`) makes: the tag's direct count, and
 * the total of the tag and of each tag above it where the highlight has no other tag in that
 * tag's subtree. `others` tells the highlight's other joins from the one counted.
 */
function countJoin(row: Row, sign: 1 | -1, others: string): string {
  return `
    INSERT INTO tag_count (tag_id, highlights, total)
    SELECT up.ancestor,
      CASE WHEN up.ancestor = ${row}.tag_id THEN ${sign} ELSE 0 END,
      CASE WHEN EXISTS (
        SELECT 1 FROM annotation_tag other
          JOIN tag_closure inside ON inside.ancestor = up.ancestor AND inside.descendant = other.tag_id
        WHERE other.annotation_id = ${row}.annotation_id AND ${others}) THEN 0 ELSE ${sign} END
    FROM tag_closure up WHERE up.descendant = ${row}.tag_id
    ON CONFLICT (tag_id) DO UPDATE SET highlights = highlights + excluded.highlights, total = total + excluded.total;`;
}

/** The distinct highlights carrying tag `tag` (an SQL expression) or any tag below it. */
const subtreeTotal = (tag: string) => `(
  SELECT count(DISTINCT at.annotation_id) FROM tag_closure c JOIN annotation_tag at ON at.tag_id = c.descendant
  WHERE c.ancestor = ${tag})`;

/**
 * Incremental tag counts, so that listing the codebook reads one row per tag instead of
 * counting every highlight (250-400 ms at 100k highlights, seconds at a million).
 *
 * - `tag_closure` (ancestor, descendant, itself included) is the tag tree flattened: triggers
 *   cannot use WITH RECURSIVE, and the count triggers need each tag's ancestors and subtree.
 * - `tag_count` (tag, direct highlights, distinct highlights in the subtree); a tag without a
 *   row counts 0.
 *
 * Both are kept by triggers on the rows they derive from, tag and annotation_tag, so every
 * writer is covered without calling anything: the services, bundle import, cascades from a
 * deleted article or highlight, and undo/redo, which replays raw SQL on those tables (the
 * derived tables are not in its log; the triggers follow the replayed rows). A join added or
 * removed moves the counts of its tag and the tags above it by one; a tag moved re-links its
 * subtree in the closure and recounts the totals of its old and new ancestors (a rare, explicit
 * action). Creating and deleting tags only adds or drops their own rows: the codebook service
 * deletes a tag only once its highlights and sub-tags have gone elsewhere.
 */
export const tagCounts: Migration = {
  version: 100,
  name: 'tag-counts',
  up: (db: Database.Database) => {
    db.exec(`
      CREATE TABLE tag_closure (
        ancestor    TEXT NOT NULL,
        descendant  TEXT NOT NULL,
        PRIMARY KEY (ancestor, descendant)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX tag_closure_up ON tag_closure (descendant, ancestor);

      CREATE TABLE tag_count (
        tag_id      TEXT PRIMARY KEY,
        highlights  INTEGER NOT NULL,
        total       INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER tag_closure_insert AFTER INSERT ON tag BEGIN
        INSERT INTO tag_closure (ancestor, descendant)
        SELECT ancestor, new.id FROM tag_closure WHERE descendant = new.parent_id
        UNION ALL SELECT new.id, new.id;
      END;
      CREATE TRIGGER tag_closure_delete AFTER DELETE ON tag BEGIN
        DELETE FROM tag_closure WHERE ancestor = old.id OR descendant = old.id;
        DELETE FROM tag_count WHERE tag_id = old.id;
      END;
      CREATE TRIGGER tag_closure_move AFTER UPDATE OF parent_id ON tag
      WHEN old.parent_id IS NOT new.parent_id BEGIN
        DELETE FROM tag_closure
        WHERE descendant IN (SELECT descendant FROM tag_closure WHERE ancestor = new.id)
          AND ancestor NOT IN (SELECT descendant FROM tag_closure WHERE ancestor = new.id);
        INSERT INTO tag_closure (ancestor, descendant)
        SELECT up.ancestor, down.descendant FROM tag_closure up, tag_closure down
        WHERE up.descendant = new.parent_id AND down.ancestor = new.id;
        INSERT INTO tag_count (tag_id, highlights, total)
        SELECT a.ancestor, 0, ${subtreeTotal('a.ancestor')}
        FROM tag_closure a WHERE a.descendant IN (old.parent_id, new.parent_id)
        ON CONFLICT (tag_id) DO UPDATE SET total = excluded.total;
      END;

      CREATE TRIGGER tag_count_join_insert AFTER INSERT ON annotation_tag BEGIN
        ${countJoin('new', 1, 'other.rowid <> new.rowid')}
      END;
      CREATE TRIGGER tag_count_join_delete AFTER DELETE ON annotation_tag BEGIN
        ${countJoin('old', -1, 'TRUE')}
      END;
      -- As a delete of the old join and an insert of the new, each against the highlight's other joins.
      CREATE TRIGGER tag_count_join_update AFTER UPDATE OF annotation_id, tag_id ON annotation_tag
      WHEN old.annotation_id IS NOT new.annotation_id OR old.tag_id IS NOT new.tag_id BEGIN
        ${countJoin('old', -1, 'other.rowid <> new.rowid')}
        ${countJoin('new', 1, 'other.rowid <> new.rowid')}
      END;
    `);
    refillTagCounts(db);
  },
};

/**
 * Rebuilds the closure and every count from the tag and annotation_tag rows: here, and after a
 * bulk load that bypassed the triggers (bench/lib/workspace.ts).
 */
export function refillTagCounts(db: Database.Database): void {
  db.exec(`
    DELETE FROM tag_closure;
    WITH RECURSIVE subtree (ancestor, descendant) AS (
      SELECT id, id FROM tag
      UNION ALL SELECT subtree.ancestor, tag.id FROM tag JOIN subtree ON tag.parent_id = subtree.descendant)
    INSERT INTO tag_closure (ancestor, descendant) SELECT ancestor, descendant FROM subtree;

    DELETE FROM tag_count;
    INSERT INTO tag_count (tag_id, highlights, total)
    SELECT tag.id, (SELECT count(*) FROM annotation_tag WHERE tag_id = tag.id), ${subtreeTotal('tag.id')}
    FROM tag;`);
}
