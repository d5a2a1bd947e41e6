import type Database from 'better-sqlite3';
import { urlKey } from '../../services/urlKey.js';
import type { Migration } from '../migration.js';

/**
 * The library: key points and provenance on each article, a URL key that finds the same
 * article again (so new text becomes a revision), the earlier texts themselves, and indexes
 * for sorting and filtering the list.
 */
export const library: Migration = {
  version: 20,
  name: 'library',
  up: (db: Database.Database) => {
    db.exec(`
      ALTER TABLE article ADD COLUMN key_points TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(key_points));
      ALTER TABLE article ADD COLUMN source_name TEXT;
      ALTER TABLE article ADD COLUMN updated_at TEXT;
      ALTER TABLE article ADD COLUMN url_key TEXT;

      CREATE TABLE article_revision (
        article_id    TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        revision      INTEGER NOT NULL,
        title         TEXT NOT NULL,
        body          TEXT NOT NULL,
        content_hash  TEXT NOT NULL,
        imported_at   TEXT NOT NULL,
        replaced_at   TEXT NOT NULL,
        PRIMARY KEY (article_id, revision)
      ) STRICT;
      CREATE INDEX article_revision_hash ON article_revision (content_hash);

      DROP INDEX article_url;
      CREATE INDEX article_url_key ON article (url_key) WHERE url_key IS NOT NULL;
      CREATE INDEX article_title ON article (title COLLATE NOCASE);
      CREATE INDEX article_outlet ON article (outlet COLLATE NOCASE);
      CREATE INDEX article_language ON article (language);
    `);
    const setKey = db.prepare('UPDATE article SET url_key = ? WHERE rowid = ?');
    const rows = db.prepare('SELECT rowid, url FROM article WHERE url IS NOT NULL').all() as { rowid: number; url: string }[];
    for (const row of rows) setKey.run(urlKey(row.url), row.rowid);
  },
};
