import type Database from 'better-sqlite3';
import type { Migration } from '../migration.js';

/**
 * Statements: the sides compared (Pakistan, Afghanistan, Other by default), the actor registry
 * with dated roles and aliases in four languages, statements (a highlight with a speaker, side,
 * kind, stance and date), rejected suggestions (so they do not come back), the analyst's
 * position summaries per topic and side, and small settings (the two sides compared).
 * The registry itself is seeded from resources/gazetteer by the statements service.
 */
export const statements: Migration = {
  version: 50,
  name: 'statements',
  up: (db: Database.Database) => {
    db.exec(`
      CREATE TABLE side (
        id        TEXT PRIMARY KEY CHECK (id GLOB '[a-z]*' AND length(id) <= 40),
        name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
        colour    TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
        position  INTEGER NOT NULL
      ) STRICT;
      INSERT INTO side (id, name, colour, position) VALUES
        ('pakistan', 'Pakistan', '#1f7a4d', 0),
        ('afghanistan', 'Afghanistan', '#a4531c', 1),
        ('other', 'Other', '#6b7280', 2);

      CREATE TABLE setting (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
      INSERT INTO setting (key, value) VALUES ('compare.sides', '["pakistan","afghanistan"]');

      CREATE TABLE actor (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind          TEXT NOT NULL CHECK (kind IN ('person', 'body')),
        side_id       TEXT REFERENCES side (id) ON DELETE SET NULL,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX actor_side ON actor (side_id);
      CREATE INDEX actor_name ON actor (name COLLATE NOCASE);

      CREATE TABLE actor_role (
        actor_id      TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        title         TEXT NOT NULL,
        organisation  TEXT,
        from_date     TEXT,
        to_date       TEXT,
        PRIMARY KEY (actor_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE actor_alias (
        actor_id  TEXT NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
        alias     TEXT NOT NULL,
        language  TEXT NOT NULL CHECK (language IN ('en', 'ur', 'ps', 'fa')),
        PRIMARY KEY (actor_id, alias)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX actor_alias_alias ON actor_alias (alias);

      CREATE TABLE statement (
        id             TEXT PRIMARY KEY,
        annotation_id  TEXT NOT NULL UNIQUE REFERENCES annotation (id) ON DELETE CASCADE,
        actor_id       TEXT REFERENCES actor (id) ON DELETE SET NULL,
        speaker_text   TEXT,
        side_id        TEXT REFERENCES side (id) ON DELETE SET NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
        stance         TEXT CHECK (stance IN ('conciliatory', 'neutral', 'critical', 'hostile')),
        said_on        TEXT CHECK (said_on IS NULL OR said_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        responds_to    TEXT REFERENCES statement (id) ON DELETE SET NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK (actor_id IS NOT NULL OR speaker_text IS NOT NULL),
        CHECK (responds_to IS NULL OR responds_to <> id)
      ) STRICT;
      CREATE INDEX statement_side_said ON statement (side_id, said_on);
      CREATE INDEX statement_actor ON statement (actor_id);
      CREATE INDEX statement_responds ON statement (responds_to) WHERE responds_to IS NOT NULL;

      CREATE TABLE suggestion_rejection (
        article_id   TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        quote        TEXT NOT NULL,
        rejected_at  TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
      ) STRICT; -- a rowid table: the undo log (services/undoLog.ts) addresses rows by rowid

      CREATE TABLE position_summary (
        topic_id    TEXT NOT NULL,
        side_id     TEXT NOT NULL REFERENCES side (id) ON DELETE CASCADE,
        body        TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (topic_id, side_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
