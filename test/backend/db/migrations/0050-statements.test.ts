import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';

function fresh() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= 50));
  return db;
}

const now = '2025-04-17T10:00:00.000Z';

function seedHighlight(db: Database.Database) {
  db.prepare(`INSERT INTO article (id, title, body, content_hash, imported_at) VALUES ('a', 'Talks', 'Dar said talks resume.', 'h', ?)`).run(now);
  db.prepare(
    `INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, created_at, updated_at)
     VALUES ('h1', 'a', 9, 21, 'talks resume', 'Dar said ', '.', ?, ?)`,
  ).run(now, now);
}

describe('migration 0050-statements', () => {
  it('starts with Pakistan, Afghanistan and Other, comparing the first two', () => {
    const db = fresh();
    expect(db.prepare('SELECT id FROM side ORDER BY position').pluck().all()).toEqual(['pakistan', 'afghanistan', 'other']);
    expect(JSON.parse(db.prepare(`SELECT value FROM setting WHERE key = 'compare.sides'`).pluck().get() as string)).toEqual([
      'pakistan',
      'afghanistan',
    ]);
  });

  it('keeps one statement per highlight, needs a speaker, and goes with its highlight', () => {
    const db = fresh();
    seedHighlight(db);
    const insert = db.prepare(
      `INSERT INTO statement (id, annotation_id, actor_id, speaker_text, side_id, kind, created_at, updated_at)
       VALUES (?, 'h1', NULL, ?, 'pakistan', 'reported', ?, ?)`,
    );
    expect(() => insert.run('s0', null, now, now)).toThrow(/CHECK/);
    insert.run('s1', 'Dar', now, now);
    expect(() => insert.run('s2', 'Dar', now, now)).toThrow(/UNIQUE/);
    db.prepare(`DELETE FROM annotation WHERE id = 'h1'`).run();
    expect(db.prepare('SELECT count(*) FROM statement').pluck().get()).toBe(0);
  });

  it('refuses unknown kinds, stances and malformed dates', () => {
    const db = fresh();
    seedHighlight(db);
    const insert = (kind: string, stance: string | null, saidOn: string | null) =>
      db
        .prepare(
          `INSERT INTO statement (id, annotation_id, speaker_text, kind, stance, said_on, created_at, updated_at)
           VALUES ('s', 'h1', 'Dar', ?, ?, ?, ?, ?)`,
        )
        .run(kind, stance, saidOn, now, now);
    expect(() => insert('rumour', null, null)).toThrow(/CHECK/);
    expect(() => insert('direct', 'angry', null)).toThrow(/CHECK/);
    expect(() => insert('direct', null, '17 April')).toThrow(/CHECK/);
    expect(() => insert('direct', 'critical', '2025-04-17')).not.toThrow();
  });
});
