import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';
import { refreshStatementTopics } from '../../../../electron/backend/repos/compareRepo.js';
import { compareSeed } from '../../services/compareSeed.js';

const before = MIGRATIONS.filter((m) => m.version < 60);
const compareIndexes = MIGRATIONS.find((m) => m.version === 60)!;

function database(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

const rows = (db: Database.Database) =>
  db.prepare(`SELECT s.speaker_text AS quote, st.topic_id, st.side_id FROM statement_topic st JOIN statement s ON s.id = st.statement_id
    ORDER BY quote, topic_id`).all();

describe('migration 0060-compare-indexes', () => {
  it('indexes the statements stored before it under their top-level topics', () => {
    const db = database();
    migrate(db, before);
    const seed = compareSeed(db);
    const article = seed.article();
    const top = seed.tag('Zz Top');
    seed.statement({ article, quote: 'q1', speaker_text: 'nested', tags: [seed.tag('Child', seed.tag('Mid', top))] });
    seed.statement({ article, quote: 'q2', speaker_text: 'untagged', side: 'afghanistan' });

    migrate(db, [...before, compareIndexes]);

    expect(rows(db)).toEqual([
      { quote: 'nested', topic_id: top, side_id: 'pakistan' },
      { quote: 'untagged', topic_id: '', side_id: 'afghanistan' },
    ]);
    expect(db.prepare('SELECT stale FROM topic_index_state').pluck().get()).toBe(0);
  });

  it('gives a new sub-tag its parent’s topic, and re-indexes only what a moved tag carries', () => {
    const db = database();
    // The repository re-indexes with the index's current columns (migration 0090).
    migrate(db, MIGRATIONS);
    const seed = compareSeed(db);
    const top = seed.tag('Zz Top');
    const child = seed.tag('Child', top);
    const article = seed.article();
    seed.statement({ article, quote: 'q1', speaker_text: 'moved', tags: [child] });
    seed.statement({ article, quote: 'q2', speaker_text: 'stays', tags: [top] });
    expect(db.prepare('SELECT topic_id FROM tag_topic WHERE tag_id = ?').pluck().get(child)).toBe(top);
    expect(db.prepare('SELECT stale FROM topic_index_state').pluck().get()).toBe(0);

    db.prepare('UPDATE tag SET parent_id = NULL WHERE id = ?').run(child);
    expect(db.prepare('SELECT stale FROM topic_index_state').pluck().get()).toBe(1);
    refreshStatementTopics(db);
    expect(db.prepare('SELECT topic_id FROM tag_topic WHERE tag_id = ?').pluck().get(child)).toBe(child);
    expect(rows(db)).toEqual([
      { quote: 'moved', topic_id: child, side_id: 'pakistan' },
      { quote: 'stays', topic_id: top, side_id: 'pakistan' },
    ]);
    expect(db.prepare('SELECT stale FROM topic_index_state').pluck().get()).toBe(0);
  });
});
