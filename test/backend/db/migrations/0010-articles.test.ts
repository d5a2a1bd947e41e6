import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { articles } from '../../../../electron/backend/db/migrations/0010-articles.js';

function fresh() {
  const db = new Database(':memory:');
  migrate(db, [articles]);
  return db;
}

const row = {
  id: '5d0c7f43-8f8e-4c53-9a3e-5b1b0b7e2a11',
  title: 'Talks resume',
  body: 'ISLAMABAD: Talks resumed in Kabul on Thursday.',
  content_hash: 'h1',
  imported_at: '2025-04-17T10:00:00.000Z',
};
const insert = `INSERT INTO article (id, title, body, content_hash, imported_at) VALUES (@id, @title, @body, @content_hash, @imported_at)`;

describe('migration 0010-articles', () => {
  it('creates a STRICT article table that refuses the wrong types', () => {
    const db = fresh();
    expect(() => db.prepare(insert.replace('@imported_at', "x'00'")).run(row)).toThrow(/cannot store BLOB/);
  });

  it('refuses blank titles and bodies and duplicate content', () => {
    const db = fresh();
    expect(() => db.prepare(insert).run({ ...row, title: '  ' })).toThrow(/CHECK/);
    db.prepare(insert).run(row);
    expect(() => db.prepare(insert).run({ ...row, id: 'other' })).toThrow(/UNIQUE/);
  });

  it('indexes title and body for full-text search, ignoring Latin diacritics', () => {
    const db = fresh();
    db.prepare(insert).run({ ...row, body: 'Muttaqī met the envoy in Kābul.' });
    db.exec(`INSERT INTO article_fts (rowid, title, body) SELECT rowid, title, body FROM article`);
    const hits = db.prepare(`SELECT a.id FROM article_fts JOIN article a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?`).pluck();
    expect(hits.all('kabul')).toEqual([row.id]);
    expect(hits.all('muttaqi')).toEqual([row.id]);
  });
});
