import type { Migration } from '../migration.js';

/**
 * Briefing notes: the note table (kind 'briefing' since migration 30) gains the header fields an
 * exported note carries, and `citation` keeps what each note cites as a JSON snapshot taken when
 * cited, so a later edit of the statement is flagged rather than silently shown. `citation` is a
 * rowid table because the undo log (services/undoLog.ts) addresses rows by rowid.
 */
export const briefings: Migration = {
  version: 70,
  name: 'briefings',
  up: `
    ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE note ADD COLUMN caveat TEXT NOT NULL DEFAULT '';
    -- '' until set; a briefing note is given its day when created.
    ALTER TABLE note ADD COLUMN note_date TEXT NOT NULL DEFAULT ''
      CHECK (note_date = '' OR note_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    CREATE INDEX note_briefing_updated ON note (updated_at) WHERE kind = 'briefing';

    CREATE TABLE citation (
      id           TEXT PRIMARY KEY,
      note_id      TEXT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
      kind         TEXT NOT NULL CHECK (kind IN ('quote', 'compare')),
      target_type  TEXT NOT NULL CHECK (target_type IN ('statement', 'annotation', 'topic')),
      target_id    TEXT NOT NULL,
      snapshot     TEXT NOT NULL CHECK (json_valid(snapshot)),
      created_at   TEXT NOT NULL,
      CHECK ((kind = 'compare') = (target_type = 'topic'))
    ) STRICT;
    CREATE INDEX citation_note ON citation (note_id, created_at);
  `,
};
