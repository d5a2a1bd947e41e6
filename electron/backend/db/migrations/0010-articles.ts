import type { Migration } from '../migration.js';

/** Articles and their full-text index (kept in step by application code, not triggers). */
export const articles: Migration = {
  version: 10,
  name: 'articles',
  up: `
    CREATE TABLE article (
      id            TEXT PRIMARY KEY,
      title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
      body          TEXT NOT NULL CHECK (length(trim(body)) > 0),
      url           TEXT,
      outlet        TEXT,
      author        TEXT,
      published_at  TEXT,
      dateline      TEXT,
      language      TEXT NOT NULL DEFAULT 'und',
      direction     TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
      content_hash  TEXT NOT NULL UNIQUE,
      imported_at   TEXT NOT NULL,
      revision      INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX article_imported_at ON article (imported_at);
    CREATE INDEX article_published_at ON article (published_at);
    CREATE INDEX article_url ON article (url) WHERE url IS NOT NULL;

    -- External-content FTS over title and body; rowid follows article's implicit rowid.
    CREATE VIRTUAL TABLE article_fts USING fts5(
      title, body,
      content = 'article', content_rowid = 'rowid',
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `,
};
