import type Database from 'better-sqlite3';
import { hasSearchIgnored, searchableText } from '../../../../shared/text/searchableText.js';
import type { Migration } from '../migration.js';
import { hasIgnoredSql, searchableSql } from '../searchTextSql.js';

const S = searchableSql;
const HAS = hasIgnoredSql;


/**
 * One full-text index reading its text through a view: the stored text, or for the few rows
 * whose text holds characters search ignores, their searchable copy in `<table>_searchable`.
 */
function indexOverView(table: string, columns: readonly string[]): string {
  const list = columns.join(', ');
  return `
    CREATE TABLE ${table}_searchable (
      rowid INTEGER PRIMARY KEY,
      ${columns.map((column) => `${column} TEXT NOT NULL`).join(',\n      ')}
    ) STRICT;
    CREATE VIEW ${table}_search_text AS
      SELECT t.rowid AS rowid, ${columns.map((column) => `coalesce(s.${column}, t.${column}) AS ${column}`).join(', ')}
      FROM ${table} t LEFT JOIN ${table}_searchable s ON s.rowid = t.rowid;
    DROP TABLE ${table}_fts;
    CREATE VIRTUAL TABLE ${table}_fts USING fts5(
      ${list},
      content = '${table}_search_text', content_rowid = 'rowid',
      tokenize = 'unicode61 remove_diacritics 2'
    );`;
}

/** Triggers keeping a row-at-a-time table's searchable copy and index in step, in SQL (undo replays SQL). */
function triggersFor(table: 'annotation' | 'note', columns: readonly string[]): string {
  const values = (row: 'new' | 'old') => columns.map((column) => S(`${row}.${column}`)).join(', ');
  const has = columns.map((column) => HAS(`new.${column}`)).join(' OR ');
  const list = columns.join(', ');
  const keepCopy = `INSERT INTO ${table}_searchable (rowid, ${list}) SELECT new.rowid, ${values('new')} WHERE ${has};`;
  const forget = `INSERT INTO ${table}_fts (${table}_fts, rowid, ${list}) VALUES ('delete', old.rowid, ${values('old')});`;
  const index = `INSERT INTO ${table}_fts (rowid, ${list}) VALUES (new.rowid, ${values('new')});`;
  return `
    DROP TRIGGER IF EXISTS ${table}_fts_insert;
    DROP TRIGGER IF EXISTS ${table}_fts_delete;
    DROP TRIGGER IF EXISTS ${table}_fts_update;
    CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
      ${keepCopy}
      ${index}
    END;
    CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
      ${forget}
      DELETE FROM ${table}_searchable WHERE rowid = old.rowid;
    END;
    CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${list} ON ${table} BEGIN
      ${forget}
      DELETE FROM ${table}_searchable WHERE rowid = old.rowid;
      ${keepCopy}
      ${index}
    END;`;
}

/** Copies the searchable text of the stored rows holding ignored characters (a JS test: SQL has no fast one). */
function copySearchable(db: Database.Database, table: string, columns: readonly string[]): void {
  const list = columns.join(', ');
  db.exec(`DELETE FROM ${table}_searchable`);
  const insert = db.prepare(`INSERT INTO ${table}_searchable (rowid, ${list}) VALUES (?${', ?'.repeat(columns.length)})`);
  const rows = db.prepare(`SELECT rowid, ${list} FROM ${table}`).raw().iterate() as Iterable<[number, ...string[]]>;
  const found: [number, ...string[]][] = [];
  for (const [rowid, ...texts] of rows) {
    if (texts.some(hasSearchIgnored)) found.push([rowid, ...texts.map(searchableText)]);
  }
  for (const row of found) insert.run(...row);
}

const ARTICLE = ['title', 'body', 'key_points'] as const;
const ANNOTATION = ['exact', 'note'] as const;
const NOTE = ['title', 'body'] as const;

/**
 * Search ignores invisible format characters inside words (zero-width space and joiner, word
 * joiner, byte order mark, soft hyphen, bidi marks, embeddings and isolates: see
 * shared/text/searchableText.ts). The three full-text indexes now read their text through views:
 * the stored text, or for the rare rows holding such characters a copy without them (kept by
 * articleRepo for articles, by triggers for highlights and notes). The stored text keeps them,
 * and searchRepo puts them back into the marked snippets. Every index is rebuilt.
 *
 * annotation_article maps a highlight's rowid to its article's rowid, kept by triggers: search
 * finds the articles of matching highlights from it alone, instead of reading each highlight and
 * looking its article up by id (most of a search's time before). A mapping table rather than an
 * UNINDEXED column of the index: the index is external-content, so its columns are read from
 * the content anyway, and a contentless index storing the column measured 3-5x slower.
 */
export const searchText: Migration = {
  version: 80,
  name: 'search-text',
  up: (db) => {
    db.exec(`
      ${indexOverView('article', ARTICLE)}
      ${indexOverView('annotation', ANNOTATION)}
      ${triggersFor('annotation', ANNOTATION)}
      ${indexOverView('note', NOTE)}
      ${triggersFor('note', NOTE)}

      CREATE TABLE annotation_article (
        annotation_rowid  INTEGER PRIMARY KEY,
        article_rowid     INTEGER NOT NULL
      ) STRICT;
      CREATE TRIGGER annotation_article_insert AFTER INSERT ON annotation BEGIN
        INSERT INTO annotation_article (annotation_rowid, article_rowid)
        VALUES (new.rowid, (SELECT rowid FROM article WHERE id = new.article_id));
      END;
      CREATE TRIGGER annotation_article_delete AFTER DELETE ON annotation BEGIN
        DELETE FROM annotation_article WHERE annotation_rowid = old.rowid;
      END;
      CREATE TRIGGER annotation_article_update AFTER UPDATE OF article_id ON annotation BEGIN
        UPDATE annotation_article SET article_rowid = (SELECT rowid FROM article WHERE id = new.article_id)
        WHERE annotation_rowid = new.rowid;
      END;
    `);
    refillSearchTables(db);
    for (const table of ['article', 'annotation', 'note']) db.exec(`INSERT INTO ${table}_fts (${table}_fts) VALUES ('rebuild')`);
  },
};

/**
 * Fills the tables search derives from the stored rows (annotation_article and the searchable
 * copies) afresh: here, and after a bulk load that bypassed the repositories and triggers
 * (bench/lib/workspace.ts), before the indexes are rebuilt.
 */
export function refillSearchTables(db: Database.Database): void {
  db.exec(`
    DELETE FROM annotation_article;
    INSERT INTO annotation_article (annotation_rowid, article_rowid)
    SELECT an.rowid, ar.rowid FROM annotation an JOIN article ar ON ar.id = an.article_id;`);
  copySearchable(db, 'article', ARTICLE);
  copySearchable(db, 'annotation', ANNOTATION);
  copySearchable(db, 'note', NOTE);
}
