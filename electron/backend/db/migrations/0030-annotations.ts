import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import defaultCodebook from '../../../../resources/codebook/default.json' with { type: 'json' };
import { CodebookFile, type CodebookEntry } from '../../../../shared/domain/tag.js';
import type { Migration } from '../migration.js';

/**
 * Annotating: the codebook (hierarchical tags), highlights with their quote and tags, the
 * analyst's notes, and full-text indexes over highlighted text, highlight notes and notes. The
 * FTS indexes follow their tables by triggers: these tables change a row at a time, and undo
 * (which replays raw SQL) keeps them in step for free.
 */
export const annotations: Migration = {
  version: 30,
  name: 'annotations',
  up: (db: Database.Database) => {
    db.exec(`
      CREATE TABLE tag (
        id           TEXT PRIMARY KEY,
        parent_id    TEXT REFERENCES tag (id),
        name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
        colour       TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        description  TEXT,
        position     INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;
      CREATE UNIQUE INDEX tag_sibling_name ON tag (ifnull(parent_id, ''), name COLLATE NOCASE);
      CREATE INDEX tag_parent ON tag (parent_id, position);

      CREATE TABLE annotation (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        start       INTEGER NOT NULL CHECK (start >= 0),
        "end"       INTEGER NOT NULL CHECK ("end" > start),
        exact       TEXT NOT NULL CHECK (length(exact) > 0),
        prefix      TEXT NOT NULL,
        suffix      TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        colour      TEXT CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        status      TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'moved', 'orphaned')),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_article_start ON annotation (article_id, start);
      CREATE INDEX annotation_orphaned ON annotation (article_id) WHERE status = 'orphaned';

      -- position: the order the analyst gave the tags (the first one colours the highlight).
      CREATE TABLE annotation_tag (
        annotation_id  TEXT NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
        tag_id         TEXT NOT NULL REFERENCES tag (id),
        position       INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (annotation_id, tag_id)
      ) STRICT;
      CREATE INDEX annotation_tag_by_tag ON annotation_tag (tag_id, annotation_id);

      CREATE TABLE note (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('article', 'briefing')),
        article_id  TEXT REFERENCES article (id) ON DELETE CASCADE,
        title       TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK (kind <> 'article' OR article_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX note_article ON note (article_id) WHERE kind = 'article';

      CREATE VIRTUAL TABLE annotation_fts USING fts5(
        exact, note,
        content = 'annotation', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation BEGIN
        INSERT INTO annotation_fts (rowid, exact, note) VALUES (new.rowid, new.exact, new.note);
      END;
      CREATE TRIGGER annotation_fts_delete AFTER DELETE ON annotation BEGIN
        INSERT INTO annotation_fts (annotation_fts, rowid, exact, note) VALUES ('delete', old.rowid, old.exact, old.note);
      END;
      CREATE TRIGGER annotation_fts_update AFTER UPDATE OF exact, note ON annotation BEGIN
        INSERT INTO annotation_fts (annotation_fts, rowid, exact, note) VALUES ('delete', old.rowid, old.exact, old.note);
        INSERT INTO annotation_fts (rowid, exact, note) VALUES (new.rowid, new.exact, new.note);
      END;

      CREATE VIRTUAL TABLE note_fts USING fts5(
        title, body,
        content = 'note', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
        INSERT INTO note_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
        INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
      CREATE TRIGGER note_fts_update AFTER UPDATE OF title, body ON note BEGIN
        INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO note_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
    `);
    seedCodebook(db, CodebookFile.parse(defaultCodebook));
  },
};

/** A new workspace starts with the default codebook; one that already has tags keeps its own. */
function seedCodebook(db: Database.Database, codebook: CodebookFile): void {
  if ((db.prepare('SELECT count(*) FROM tag').pluck().get() as number) > 0) return;
  const insert = db.prepare(`
    INSERT INTO tag (id, parent_id, name, colour, description, position, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const createdAt = new Date().toISOString();
  const add = (entries: readonly CodebookEntry[], parentId: string | null) =>
    entries.forEach((entry, position) => {
      const id = randomUUID();
      insert.run(id, parentId, entry.name, entry.colour, entry.description, position, createdAt);
      add(entry.children ?? [], id);
    });
  add(codebook.tags, null);
}
