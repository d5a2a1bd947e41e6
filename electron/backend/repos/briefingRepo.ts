import type Database from 'better-sqlite3';
import type { BriefingNote } from '../../../shared/domain/briefing.js';

/** A citation row as stored: the snapshot is JSON, validated by the service that reads it. */
export interface CitationRow {
  id: string;
  note_id: string;
  kind: 'quote' | 'compare';
  target_type: 'statement' | 'annotation' | 'topic';
  target_id: string;
  snapshot: string;
  created_at: string;
}

export interface BriefingListRow extends BriefingNote {
  citation_count: number;
  /** The search snippet of the body, when listing matches. */
  snippet?: string;
}

// A note stored before migration 70 has no date of its own: it carries the day it was created.
const NOTE_COLUMNS = `n.id, n.title, n.body, n.author, n.caveat,
  CASE n.note_date WHEN '' THEN substr(n.created_at, 1, 10) ELSE n.note_date END AS note_date,
  n.created_at, n.updated_at`;
const CITATION_COUNT = `(SELECT count(*) FROM citation c WHERE c.note_id = n.id) AS citation_count`;
const SNIPPET_WORDS = 24;

/** Briefing notes (rows of `note` of kind 'briefing') and their citations. */
export function briefingRepo(db: Database.Database) {
  const byId = db.prepare(`SELECT ${NOTE_COLUMNS} FROM note n WHERE n.id = ? AND n.kind = 'briefing'`);
  const all = db.prepare(`
    SELECT ${NOTE_COLUMNS}, ${CITATION_COUNT} FROM note n WHERE n.kind = 'briefing'
    ORDER BY n.updated_at DESC, n.rowid DESC`);
  // The same order as the list: a search narrows it, it does not reorder it.
  const matching = db.prepare(`
    SELECT ${NOTE_COLUMNS}, ${CITATION_COUNT}, f.snippet
    FROM (SELECT rowid, snippet(note_fts, 1, '', '', '…', ${SNIPPET_WORDS}) AS snippet FROM note_fts WHERE note_fts MATCH ?) f
      JOIN note n ON n.rowid = f.rowid
    WHERE n.kind = 'briefing'
    ORDER BY n.updated_at DESC, n.rowid DESC`);
  const insert = db.prepare(`
    INSERT INTO note (id, kind, article_id, title, body, author, caveat, note_date, created_at, updated_at)
    VALUES (@id, 'briefing', NULL, @title, @body, @author, @caveat, @note_date, @created_at, @updated_at)`);
  const update = db.prepare(`
    UPDATE note SET title = @title, body = @body, author = @author, caveat = @caveat, note_date = @note_date,
      updated_at = @updated_at
    WHERE id = @id AND kind = 'briefing'`);
  const remove = db.prepare(`DELETE FROM note WHERE id = ? AND kind = 'briefing'`);

  const citationsOf = db.prepare(`SELECT * FROM citation WHERE note_id = ? ORDER BY created_at, rowid`);
  const citationById = db.prepare(`SELECT * FROM citation WHERE id = ?`);
  const insertCitation = db.prepare(`
    INSERT INTO citation (id, note_id, kind, target_type, target_id, snapshot, created_at)
    VALUES (@id, @note_id, @kind, @target_type, @target_id, @snapshot, @created_at)`);
  const setSnapshot = db.prepare(`UPDATE citation SET snapshot = ? WHERE id = ?`);

  return {
    get: (id: string) => byId.get(id) as BriefingNote | undefined,
    list: () => all.all() as BriefingListRow[],
    /** The notes whose title or body matches the FTS5 expression, with a snippet of the body. */
    search: (match: string) => matching.all(match) as BriefingListRow[],
    insert: (note: BriefingNote) => void insert.run(note),
    update: (note: Omit<BriefingNote, 'created_at'>) => void update.run(note),
    delete: (id: string) => void remove.run(id),

    citations: (noteId: string) => citationsOf.all(noteId) as CitationRow[],
    citation: (id: string) => citationById.get(id) as CitationRow | undefined,
    insertCitation: (row: CitationRow) => void insertCitation.run(row),
    setSnapshot: (id: string, snapshot: string) => void setSnapshot.run(snapshot, id),
  };
}
export type BriefingRepo = ReturnType<typeof briefingRepo>;
