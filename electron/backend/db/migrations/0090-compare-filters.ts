import type Database from 'better-sqlite3';
import type { Migration } from '../migration.js';

/**
 * Inserts the topic rows of the statements `where` selects (alias `s`): one per top-level topic
 * ('' when untagged), with what the comparison filters on copied from the statement, its
 * highlight and its article, and `lead` set on one row per statement (its first topic) so that
 * statement counts can read this table without counting a statement once per topic.
 */
export function statementTopicRows(where: string): string {
  return `
    INSERT OR IGNORE INTO statement_topic
      (statement_id, topic_id, side_id, said_on, created_at, kind, stance, actor_id, article_rowid, annotation_rowid, lead)
    SELECT s.id, coalesce(tt.topic_id, ''), s.side_id, s.said_on, s.created_at, s.kind, s.stance, s.actor_id, ar.rowid, an.rowid,
      coalesce(tt.topic_id, '') = min(coalesce(tt.topic_id, '')) OVER (PARTITION BY s.id)
    FROM statement s
      JOIN annotation an ON an.id = s.annotation_id
      JOIN article ar ON ar.id = an.article_id
      LEFT JOIN annotation_tag at ON at.annotation_id = s.annotation_id
      LEFT JOIN tag_topic tt ON tt.tag_id = at.tag_id
    WHERE ${where}
    GROUP BY s.id, coalesce(tt.topic_id, '')`;
}

/** Recomputes the topic rows of the statements `where` selects. */
export function refreshStatementsSql(where: string): string {
  return `
    DELETE FROM statement_topic WHERE statement_id IN (SELECT s.id FROM statement s WHERE ${where});
    ${statementTopicRows(where)};`;
}

/**
 * The comparison's filters read off its index. Migration 0060 indexed statements by (topic,
 * side, date); a filter on kind, stance, speaker, outlet or words then joined every statement in
 * the date range to its statement, highlight and article row (the outlet sits behind the
 * article's body, so each one read the whole text): seconds at 200,000 statements. Now
 * `statement_topic` also carries kind, stance and actor, and the rowids of the article (whose
 * outlet index yields rowids) and of the highlight (the quote index's own row ids, which
 * annotation_fts and 0080's annotation_article rely on staying put too); both of its indexes
 * cover them:
 *
 * - `statement_topic_cell` (topic, side, date, recorded, statement): a cell's newest first and
 *   the per-cell counts, whatever the filters;
 * - `statement_topic_lead` (side, date), one row per statement: totals and the timeline.
 *
 * The triggers of 0060 are rebuilt to fill the new columns, and a statement's kind, stance or
 * speaker changing now refreshes its rows too. Every row is recomputed here.
 */
export const compareFilters: Migration = {
  version: 90,
  name: 'compare-filters',
  up: (db: Database.Database) => {
    db.exec(`
      DROP TRIGGER statement_topic_statement_insert;
      DROP TRIGGER statement_topic_statement_update;
      DROP TRIGGER statement_topic_tag_insert;
      DROP TRIGGER statement_topic_tag_delete;
      DROP TRIGGER statement_topic_tag_update;
      DROP INDEX statement_topic_cell;

      ALTER TABLE statement_topic ADD COLUMN kind TEXT;
      ALTER TABLE statement_topic ADD COLUMN stance TEXT;
      ALTER TABLE statement_topic ADD COLUMN actor_id TEXT;
      ALTER TABLE statement_topic ADD COLUMN article_rowid INTEGER;
      ALTER TABLE statement_topic ADD COLUMN annotation_rowid INTEGER;
      ALTER TABLE statement_topic ADD COLUMN lead INTEGER NOT NULL DEFAULT 0;

      DELETE FROM statement_topic;
      ${statementTopicRows('TRUE')};

      CREATE INDEX statement_topic_cell
        ON statement_topic (topic_id, side_id, said_on, created_at, statement_id, kind, stance, actor_id, article_rowid, annotation_rowid);
      CREATE INDEX statement_topic_lead
        ON statement_topic (side_id, said_on, kind, stance, actor_id, article_rowid, annotation_rowid) WHERE lead = 1;

      CREATE TRIGGER statement_topic_statement_insert AFTER INSERT ON statement BEGIN
        ${statementTopicRows('s.id = new.id')};
      END;
      CREATE TRIGGER statement_topic_statement_update
      AFTER UPDATE OF annotation_id, side_id, said_on, created_at, kind, stance, actor_id ON statement BEGIN
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
    `);
  },
};
