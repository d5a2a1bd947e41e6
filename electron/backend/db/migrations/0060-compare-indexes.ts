import type Database from 'better-sqlite3';
import type { Migration } from '../migration.js';

/** Inserts the topic rows of the statements `where` selects (alias `s`): one per top-level topic, '' when untagged. */
export function statementTopicRows(where: string): string {
  return `
    INSERT OR IGNORE INTO statement_topic (statement_id, topic_id, side_id, said_on, created_at)
    SELECT s.id, coalesce(tt.topic_id, ''), s.side_id, s.said_on, s.created_at
    FROM statement s
      LEFT JOIN annotation_tag at ON at.annotation_id = s.annotation_id
      LEFT JOIN tag_topic tt ON tt.tag_id = at.tag_id
    WHERE ${where}
    GROUP BY s.id, coalesce(tt.topic_id, '')`;
}

/** Each tag with its top-level ancestor, as rows (tag_id, topic_id) of `tag_tree`. */
export const TAG_TREE = `
  WITH RECURSIVE tag_tree (tag_id, topic_id) AS (
    SELECT id, id FROM tag WHERE parent_id IS NULL
    UNION ALL SELECT tag.id, tag_tree.topic_id FROM tag JOIN tag_tree ON tag.parent_id = tag_tree.tag_id)`;

/** Recomputes the topic rows of the statements `where` selects. */
export function refreshStatementsSql(where: string): string {
  return `
    DELETE FROM statement_topic WHERE statement_id IN (SELECT s.id FROM statement s WHERE ${where});
    ${statementTopicRows(where)};`;
}

/**
 * The comparison's index: statements by (topic, side, date), as DESIGN.md asks. A statement's
 * topics are the top-level ancestors of its highlight's tags, so this keeps two derived tables:
 * `tag_topic` (each tag's top-level ancestor) and `statement_topic` (one row per statement and
 * topic, '' for untagged, with the side and date copied for the index).
 *
 * Triggers keep them in step with statements, highlight tags and new tags, so every writer (the
 * statements and annotating services, tag merges, undo replaying raw SQL) is covered without
 * calling anything. Moving a tag changes the topic of its whole subtree, which a trigger cannot
 * walk (no WITH inside triggers), so it only marks the index stale; the compare repository
 * brings the tags whose topic changed, and their statements, up to date before its next query
 * (electron/backend/repos/compareRepo.ts, `refreshStatementTopics`). Statements stored before
 * this migration are indexed here.
 */
export const compareIndexes: Migration = {
  version: 60,
  name: 'compare-indexes',
  up: (db: Database.Database) => {
    db.exec(`
      CREATE TABLE tag_topic (
        tag_id    TEXT PRIMARY KEY REFERENCES tag (id) ON DELETE CASCADE,
        topic_id  TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE statement_topic (
        statement_id  TEXT NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
        topic_id      TEXT NOT NULL,
        side_id       TEXT,
        said_on       TEXT,
        created_at    TEXT NOT NULL,
        PRIMARY KEY (statement_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      -- A cell's statements, newest first, straight off the index.
      CREATE INDEX statement_topic_cell ON statement_topic (topic_id, side_id, said_on, created_at);

      CREATE TABLE topic_index_state (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        stale  INTEGER NOT NULL CHECK (stale IN (0, 1))
      ) STRICT;
      INSERT INTO topic_index_state (id, stale) VALUES (1, 0);

      CREATE TRIGGER statement_topic_statement_insert AFTER INSERT ON statement BEGIN
        ${statementTopicRows('s.id = new.id')};
      END;
      CREATE TRIGGER statement_topic_statement_update
      AFTER UPDATE OF annotation_id, side_id, said_on, created_at ON statement BEGIN
        ${refreshStatementsSql('s.id = new.id')}
      END;
      CREATE TRIGGER statement_topic_tag_insert AFTER INSERT ON annotation_tag BEGIN
        ${refreshStatementsSql('s.annotation_id = new.annotation_id')}
      END;
      CREATE TRIGGER statement_topic_tag_delete AFTER DELETE ON annotation_tag BEGIN
        ${refreshStatementsSql('s.annotation_id = old.annotation_id')}
      END;
      CREATE TRIGGER statement_topic_tag_update AFTER UPDATE ON annotation_tag BEGIN
        ${refreshStatementsSql('s.annotation_id IN (old.annotation_id, new.annotation_id)')}
      END;

      CREATE TRIGGER tag_topic_insert AFTER INSERT ON tag BEGIN
        INSERT OR REPLACE INTO tag_topic (tag_id, topic_id) SELECT new.id, CASE WHEN new.parent_id IS NULL THEN new.id
          ELSE (SELECT topic_id FROM tag_topic WHERE tag_id = new.parent_id) END
        WHERE new.parent_id IS NULL OR EXISTS (SELECT 1 FROM tag_topic WHERE tag_id = new.parent_id);
        UPDATE topic_index_state SET stale = 1
        WHERE new.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tag_topic WHERE tag_id = new.parent_id);
      END;
      CREATE TRIGGER tag_topic_move AFTER UPDATE OF parent_id ON tag
      WHEN old.parent_id IS NOT new.parent_id BEGIN
        UPDATE topic_index_state SET stale = 1;
      END;

      ${TAG_TREE}
      INSERT INTO tag_topic (tag_id, topic_id) SELECT tag_id, topic_id FROM tag_tree;
      ${statementTopicRows('TRUE')};
    `);
  },
};
