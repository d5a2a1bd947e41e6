import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';
import { compareSeed } from '../../services/compareSeed.js';

const before = MIGRATIONS.filter((m) => m.version < 90);
const through90 = MIGRATIONS.filter((m) => m.version <= 90);

function database(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

/** The index rows of one statement, by topic. */
const rowsOf = (db: Database.Database, statementId: string) =>
  db.prepare(`SELECT topic_id, side_id, said_on, kind, stance, actor_id, ar.id AS article_id, an.exact AS quote, lead
    FROM statement_topic st JOIN article ar ON ar.rowid = st.article_rowid JOIN annotation an ON an.rowid = st.annotation_rowid
    WHERE statement_id = ? ORDER BY topic_id`).all(statementId);

describe('migration 0090-compare-filters', () => {
  it('copies kind, stance, speaker, article and highlight onto the statements stored before it, one lead row each', () => {
    const db = database();
    migrate(db, before);
    const seed = compareSeed(db);
    const article = seed.article({ outlet: 'Dawn' });
    const [border, trade] = [seed.tag('Border'), seed.tag('Trade')];
    const actor = seed.actor('Ishaq Dar', 'pakistan');
    const twoTopics = seed.statement({ article, quote: 'q1', actor, tags: [trade, border], kind: 'reported', stance: 'hostile', said_on: '2025-03-02' });
    const untagged = seed.statement({ article, quote: 'q2', side: 'afghanistan', stance: null });

    migrate(db, through90);

    const [first, second] = [border, trade].sort();
    expect(rowsOf(db, twoTopics)).toEqual([
      { topic_id: first, side_id: 'pakistan', said_on: '2025-03-02', kind: 'reported', stance: 'hostile', actor_id: actor, article_id: article, quote: 'q1', lead: 1 },
      { topic_id: second, side_id: 'pakistan', said_on: '2025-03-02', kind: 'reported', stance: 'hostile', actor_id: actor, article_id: article, quote: 'q1', lead: 0 },
    ]);
    expect(rowsOf(db, untagged)).toEqual([
      { topic_id: '', side_id: 'afghanistan', said_on: '2025-04-17', kind: 'direct', stance: null, actor_id: null, article_id: article, quote: 'q2', lead: 1 },
    ]);
  });

  it('keeps the copies in step when a statement’s kind, stance or speaker changes, or its speaker is deleted', () => {
    const db = database();
    migrate(db, through90);
    const seed = compareSeed(db);
    const article = seed.article();
    const [dar, muttaqi] = [seed.actor('Ishaq Dar', 'pakistan'), seed.actor('Amir Khan Muttaqi', 'afghanistan')];
    const statement = seed.statement({ article, quote: 'q1', actor: dar, tags: [seed.tag('Border')] });

    db.prepare(`UPDATE statement SET kind = 'reported', stance = 'conciliatory', actor_id = ?, speaker_text = 'Muttaqi' WHERE id = ?`)
      .run(muttaqi, statement);
    expect(rowsOf(db, statement)).toMatchObject([{ kind: 'reported', stance: 'conciliatory', actor_id: muttaqi, lead: 1 }]);

    db.prepare(`DELETE FROM actor WHERE id = ?`).run(muttaqi);
    expect(db.prepare('SELECT actor_id FROM statement WHERE id = ?').pluck().get(statement)).toBeNull();
    expect(rowsOf(db, statement)).toMatchObject([{ actor_id: null, lead: 1 }]);
  });

  it('leads with one row per statement as tags come and go', () => {
    const db = database();
    migrate(db, through90);
    const seed = compareSeed(db);
    const [border, trade] = [seed.tag('Border'), seed.tag('Trade')];
    const statement = seed.statement({ article: seed.article(), quote: 'q1', tags: [border] });
    const annotationId = db.prepare('SELECT annotation_id FROM statement WHERE id = ?').pluck().get(statement);

    db.prepare('INSERT INTO annotation_tag (annotation_id, tag_id, position) VALUES (?, ?, 1)').run(annotationId, trade);
    expect(db.prepare('SELECT count(*) AS rows, sum(lead) AS leads FROM statement_topic WHERE statement_id = ?').get(statement)).toEqual({ rows: 2, leads: 1 });
    db.prepare('DELETE FROM annotation_tag WHERE annotation_id = ?').run(annotationId);
    expect(rowsOf(db, statement)).toMatchObject([{ topic_id: '', lead: 1 }]);
  });
});
