import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';

const before = MIGRATIONS.filter((m) => m.version < 80);
const through80 = MIGRATIONS.filter((m) => m.version <= 80);
const now = '2025-04-17T10:00:00.000Z';

function database(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

function addArticle(db: Database.Database, id: string, title: string, body: string): void {
  db.prepare(`
    INSERT INTO article (id, title, body, language, direction, content_hash, imported_at, revision)
    VALUES (?, ?, ?, 'en', 'ltr', ?, ?, 1)`).run(id, title, body, `hash-${id}`, now);
}

function addHighlight(db: Database.Database, id: string, articleId: string, note: string): void {
  db.prepare(`
    INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, note, created_at, updated_at)
    VALUES (?, ?, 0, 5, 'Talks', '', '', ?, ?, ?)`).run(id, articleId, note, now, now);
}

const hits = (db: Database.Database, table: string, query: string) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(query) as number;
const articleOf = (db: Database.Database, highlight: string) =>
  db.prepare(`SELECT ar.id FROM annotation an JOIN annotation_article aa ON aa.annotation_rowid = an.rowid
    JOIN article ar ON ar.rowid = aa.article_rowid WHERE an.id = ?`).pluck().get(highlight);

describe('migration 0080-search-text', () => {
  it('reindexes stored articles, highlights and notes without the characters search ignores', () => {
    const db = database();
    migrate(db, before);
    addArticle(db, 'a1', 'Border talks', 'Paki\u200Bstan asked the Tal\u2066iban\u2069 government.');
    addHighlight(db, 'h1', 'a1', 'Ask about Wa\u00ADkhan');
    db.prepare(`INSERT INTO note (id, kind, article_id, body, created_at, updated_at) VALUES ('n1', 'article', 'a1', 'Doha\u200D talks in Ka\u200Bbul', ?, ?)`).run(now, now);
    db.exec(`INSERT INTO article_fts (rowid, title, body) SELECT rowid, title, body FROM article`);
    expect(hits(db, 'article_fts', 'pakistan')).toBe(0);

    migrate(db, through80);

    expect(hits(db, 'article_fts', 'pakistan')).toBe(1);
    expect(hits(db, 'article_fts', 'taliban')).toBe(1);
    expect(hits(db, 'annotation_fts', 'wakhan')).toBe(1);
    expect(hits(db, 'note_fts', 'kabul')).toBe(1);
    expect(db.prepare('SELECT body FROM article').pluck().get()).toBe('Paki\u200Bstan asked the Tal\u2066iban\u2069 government.');
    for (const table of ['article_fts', 'annotation_fts', 'note_fts']) {
      expect(() => db.exec(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`)).not.toThrow();
    }
  });

  it('maps every highlight to its article’s rowid, before and after it, until the highlight is deleted', () => {
    const db = database();
    migrate(db, before);
    addArticle(db, 'a1', 'One', 'First text.');
    addArticle(db, 'a2', 'Two', 'Second text.');
    addHighlight(db, 'h1', 'a2', '');
    migrate(db, through80);
    expect(articleOf(db, 'h1')).toBe('a2');
    addHighlight(db, 'h2', 'a1', 'Ta\u200Dliban');
    expect(articleOf(db, 'h2')).toBe('a1');
    expect(hits(db, 'annotation_fts', 'taliban')).toBe(1);
    db.prepare(`DELETE FROM annotation WHERE id = 'h2'`).run();
    expect(db.prepare('SELECT count(*) FROM annotation_article').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM annotation_searchable').pluck().get()).toBe(0);
    expect(hits(db, 'annotation_fts', 'taliban')).toBe(0);
    expect(() => db.exec(`INSERT INTO annotation_fts (annotation_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('keeps a highlight note edited to hold the characters searchable by the plain word', () => {
    const db = database();
    migrate(db, through80);
    addArticle(db, 'a1', 'One', 'First text.');
    addHighlight(db, 'h1', 'a1', 'plain');
    db.prepare(`UPDATE annotation SET note = 'Tor\u200Bkham' WHERE id = 'h1'`).run();
    expect(hits(db, 'annotation_fts', 'torkham')).toBe(1);
    expect(hits(db, 'annotation_fts', 'plain')).toBe(0);
    expect(() => db.exec(`INSERT INTO annotation_fts (annotation_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});
