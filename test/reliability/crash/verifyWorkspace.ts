import type Database from 'better-sqlite3';
import { openWorkspace, type Workspace } from '../../../electron/backend/workspace.js';
import { readJournal, type JournalEntry } from './journal.js';

export interface Verdict {
  /** Units the journal announced (finished or not). */
  units: number;
  /** Units the child saw commit: each must be wholly present. */
  committed: number;
  /** Everything wrong: a failed SQLite check, a unit half there, a committed unit missing. */
  problems: string[];
}

const FTS_TABLES = ['article_fts', 'annotation_fts', 'note_fts'];

function sqliteChecks(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity_check: ${row.integrity_check}`);
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of broken) problems.push(`foreign_key_check: ${row.table} row ${row.rowid} -> ${row.parent}`);
  for (const table of FTS_TABLES) {
    try {
      // rank 1: also compare an external-content index with its content table.
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`${table} integrity-check: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * The soak's data read once (one pass per table), so checking every journalled unit after
 * every kill stays linear in the journal rather than scanning the articles once per unit.
 */
interface Snapshot {
  /** By marker key: the articles whose current text carries it. */
  articles: Map<string, { rowid: number; id: string; revision: number }[]>;
  /** By marker key: how many kept earlier texts carry it. */
  earlierTexts: Map<string, number>;
  /** Revisions kept per article id. */
  revisionsOf: Map<string, number>;
  /** By note: the highlights carrying it. */
  notes: Map<string, string[]>;
  /** Tags per highlight id, in order. */
  tagsOf: Map<string, string[]>;
  tagNames: Map<string, number>;
  tagIds: Set<string>;
  /** Article rowids the search index finds for each marker word. */
  indexed(key: string): number[];
}

const MARKER = /soakmark([0-9a-f]+)/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function snapshot(db: Database.Database): Snapshot {
  const snap: Snapshot = {
    articles: new Map(),
    earlierTexts: new Map(),
    revisionsOf: new Map(),
    notes: new Map(),
    tagsOf: new Map(),
    tagNames: new Map(),
    tagIds: new Set(),
    indexed: (key) => db.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ?').pluck().all(`soakmark${key}`) as number[],
  };
  for (const row of db.prepare('SELECT rowid, id, revision, body FROM article').iterate() as Iterable<{ rowid: number; id: string; revision: number; body: string }>) {
    const key = MARKER.exec(row.body)?.[1];
    if (key) push(snap.articles, key, { rowid: row.rowid, id: row.id, revision: row.revision });
  }
  for (const row of db.prepare('SELECT article_id, body FROM article_revision').iterate() as Iterable<{ article_id: string; body: string }>) {
    count(snap.revisionsOf, row.article_id);
    const key = MARKER.exec(row.body)?.[1];
    if (key) count(snap.earlierTexts, key);
  }
  for (const row of db.prepare('SELECT id, note FROM annotation').iterate() as Iterable<{ id: string; note: string }>) push(snap.notes, row.note, row.id);
  for (const row of db.prepare('SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, position').iterate() as Iterable<{ annotation_id: string; tag_id: string }>) {
    push(snap.tagsOf, row.annotation_id, row.tag_id);
  }
  for (const row of db.prepare('SELECT id, name FROM tag').iterate() as Iterable<{ id: string; name: string }>) {
    count(snap.tagNames, row.name);
    snap.tagIds.add(row.id);
  }
  return snap;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The highlights carrying note `h-<key>` or `e-<key>`. */
const highlightsOf = (snap: Snapshot, key: string) =>
  [`h-${key}`, `e-${key}`].flatMap((note) => (snap.notes.get(note) ?? []).map((id) => ({ id, note })));

/** Checks one unit is wholly there or wholly absent (and there, when committed); answers what is wrong. */
function checkUnit(snap: Snapshot, { unit, committed }: JournalEntry, announced: Set<string>): string | undefined {
  const name = `${unit.kind} ${unit.key}`;
  switch (unit.kind) {
    case 'import': {
      const rows = snap.articles.get(unit.key) ?? [];
      if (rows.length > 1) return `${name}: stored ${rows.length} times`;
      const article = rows[0];
      if (!article) {
        // A later import at the same address may have replaced this text: then it is kept as a revision.
        const superseded = snap.earlierTexts.get(unit.key) ?? 0;
        if (superseded > 1) return `${name}: kept ${superseded} times as an earlier text`;
        if (committed && superseded === 0) return `${name}: committed but missing`;
        return undefined;
      }
      if (!snap.indexed(unit.key).includes(article.rowid)) return `${name}: stored but not in the search index`;
      const revisions = snap.revisionsOf.get(article.id) ?? 0;
      if (article.revision !== revisions + 1) return `${name}: revision ${article.revision} with ${revisions} earlier texts kept`;
      if (unit.replaces && (snap.earlierTexts.get(unit.replaces) ?? 0) !== 1) {
        return `${name}: new text stored but the text it replaced (${unit.replaces}) was not kept`;
      }
      return undefined;
    }
    case 'tag': {
      const stored = snap.tagNames.get(unit.key) ?? 0;
      if (stored > 1) return `${name}: stored ${stored} times`;
      // A `from` tag is gone after its merge; the merge's own check says whether that is whole.
      if (committed && stored === 0 && !(unit.role === 'from' && announced.has(`merge:${unit.key.slice('from-'.length)}`))) {
        return `${name}: committed but missing`;
      }
      return undefined;
    }
    case 'highlight': {
      const rows = highlightsOf(snap, unit.key);
      if (rows.length > 1) return `${name}: stored ${rows.length} times`;
      const row = rows[0];
      if (!row) return committed ? `${name}: committed but missing` : undefined;
      if (row.note === `e-${unit.key}` && !announced.has(`edit:${unit.key}`)) return `${name}: edited though no edit was made`;
      // Tags of merge highlights change with the merge, whose check covers them.
      if (row.note === `h-${unit.key}` && unit.purpose === 'edit' && !sameSet(snap.tagsOf.get(row.id) ?? [], unit.tag_ids)) {
        return `${name}: stored without its tags`;
      }
      return undefined;
    }
    case 'edit': {
      const row = highlightsOf(snap, unit.key)[0];
      if (!row) return `${name}: the highlight it edits is missing`;
      const tags = snap.tagsOf.get(row.id) ?? [];
      if (row.note === `e-${unit.key}`) return sameSet(tags, [unit.tag_id]) ? undefined : `${name}: new note with old tags [${tags}]`;
      if (committed) return `${name}: committed but the old note is stored`;
      return tags.length === 0 ? undefined : `${name}: old note with new tags [${tags}]`;
    }
    case 'merge': {
      const fromExists = snap.tagIds.has(unit.from);
      if (committed && fromExists) return `${name}: committed but tag ${unit.from} is still there`;
      for (const key of unit.highlights) {
        const id = snap.notes.get(`h-${key}`)?.[0];
        if (!id) return `${name}: highlight ${key} is missing`;
        const tags = snap.tagsOf.get(id) ?? [];
        const whole = fromExists ? tags.includes(unit.from) : tags.includes(unit.into) && !tags.includes(unit.from);
        if (!whole) return `${name}: tag ${fromExists ? 'kept' : 'gone'} but highlight ${key} has tags [${tags}]`;
      }
      return undefined;
    }
  }
}

/** Opens the workspace as the app does, then runs SQLite's checks and checks every journalled unit. */
export function verifyWorkspace(dataDir: string, journalFile: string): Verdict {
  const entries = readJournal(journalFile);
  let workspace: Workspace;
  try {
    workspace = openWorkspace(dataDir);
  } catch (error) {
    return { units: entries.length, committed: entries.filter((e) => e.committed).length, problems: [`opening: ${(error as Error).message}`] };
  }
  try {
    const db = workspace.db;
    const problems = sqliteChecks(db);
    const announced = new Set(entries.map((e) => `${e.unit.kind}:${e.unit.key}`));
    const snap = snapshot(db);
    for (const entry of entries) {
      const problem = checkUnit(snap, entry, announced);
      if (problem) problems.push(problem);
    }
    return { units: entries.length, committed: entries.filter((e) => e.committed).length, problems };
  } finally {
    workspace.close();
  }
}

