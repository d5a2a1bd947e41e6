import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';
import { briefingRepo } from '../../../../electron/backend/repos/briefingRepo.js';

const before = MIGRATIONS.filter((m) => m.version < 70);
const through70 = MIGRATIONS.filter((m) => m.version <= 70);
const now = '2025-04-17T10:00:00.000Z';

function database(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

const addNote = (db: Database.Database, id = 'n1') =>
  db.prepare(`INSERT INTO note (id, kind, title, body, created_at, updated_at) VALUES (?, 'briefing', 'Talks', 'Body', ?, ?)`).run(id, now, now);

const addCitation = (db: Database.Database, values: { id: string; kind: string; target_type: string }) =>
  db.prepare(`INSERT INTO citation (id, note_id, kind, target_type, target_id, snapshot, created_at) VALUES (?, 'n1', ?, ?, 't', '{}', ?)`)
    .run(values.id, values.kind, values.target_type, now);

describe('migration 0070-briefings', () => {
  it('gives an existing briefing note an empty author and caveat, and its creation day as its date', () => {
    const db = database();
    migrate(db, before);
    addNote(db);
    migrate(db, through70);
    expect(briefingRepo(db).get('n1')).toMatchObject({ author: '', caveat: '', note_date: '2025-04-17' });
    expect(db.prepare('SELECT note_date FROM note').pluck().get()).toBe('');
  });

  it('refuses a note date that is not a day', () => {
    const db = database();
    migrate(db, through70);
    addNote(db);
    expect(() => db.prepare(`UPDATE note SET note_date = '17/04/2025'`).run()).toThrow(/CHECK/);
  });

  it('deletes a note’s citations with the note', () => {
    const db = database();
    migrate(db, through70);
    addNote(db);
    addCitation(db, { id: 'c1', kind: 'quote', target_type: 'statement' });
    addCitation(db, { id: 'c2', kind: 'compare', target_type: 'topic' });
    db.prepare(`DELETE FROM note WHERE id = 'n1'`).run();
    expect(db.prepare('SELECT count(*) FROM citation').pluck().get()).toBe(0);
  });

  it('refuses a citation whose kind and target disagree, or whose snapshot is not JSON', () => {
    const db = database();
    migrate(db, through70);
    addNote(db);
    expect(() => addCitation(db, { id: 'c1', kind: 'compare', target_type: 'statement' })).toThrow(/CHECK/);
    expect(() => addCitation(db, { id: 'c2', kind: 'quote', target_type: 'topic' })).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO citation (id, note_id, kind, target_type, target_id, snapshot, created_at) VALUES ('c3', 'n1', 'quote', 'annotation', 't', 'not json', ?)`).run(now),
    ).toThrow(/CHECK/);
  });
});
