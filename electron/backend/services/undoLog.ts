import type Database from 'better-sqlite3';
import type { HistoryState } from '../../../shared/domain/history.js';
import { AppError } from '../errors.js';

/** The tables whose every row change can be undone. */
export const UNDOABLE_TABLES = ['tag', 'annotation', 'annotation_tag', 'note', 'statement', 'suggestion_rejection', 'citation'] as const;

/**
 * SQLite's trigger-based undo log (https://www.sqlite.org/undoredo.html). TEMP triggers write
 * the inverse SQL of every row change into TEMP tables, so the history belongs to this
 * connection (this session) and vanishes with it. Only changes made inside `record` are steps;
 * a change to these tables outside one (re-anchoring after a new revision, an article deleted
 * with its highlights) clears the history, because the recorded inverses would no longer
 * describe the rows and undoing them could put a highlight back on the wrong words.
 */
export interface UndoLog {
  /** Runs `change` as one undo step called `label`; a change that writes nothing adds no step. */
  record<T>(label: string, change: () => T): T;
  undo(): HistoryState;
  redo(): HistoryState;
  state(): HistoryState;
}

type Stack = 'undo' | 'redo';
interface Step {
  id: number;
  label: string;
}

const logs = new WeakMap<Database.Database, UndoLog>();

/** The connection's undo log, installed on first use (every handler group shares it). */
export function undoLogFor(db: Database.Database): UndoLog {
  let log = logs.get(db);
  if (!log) {
    log = createUndoLog(db);
    logs.set(db, log);
  }
  return log;
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

/** SQL expressions that build, from a row change, the statement that reverses it. */
function inverseSql(table: string, columns: readonly string[]) {
  const t = quoteName(table);
  const names = columns.map(quoteName);
  const changed = names.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  // Only the columns that changed go back, so undoing a note edit leaves offsets re-anchored since alone.
  const setChanged = names
    .map((c) => `CASE WHEN old.${c} IS NOT new.${c} THEN '${c.replaceAll("'", "''")}=' || quote(old.${c}) || ',' ELSE '' END`)
    .join(' || ');
  return {
    changed,
    insert: `'DELETE FROM ${t} WHERE rowid=' || new.rowid`,
    delete: `'INSERT INTO ${t} (rowid, ${names.join(', ')}) VALUES (' || old.rowid || ',' || ${names
      .map((c) => `quote(old.${c})`)
      .join(` || ',' || `)} || ')'`,
    update: `'UPDATE ${t} SET ' || rtrim(${setChanged}, ',') || ' WHERE rowid=' || old.rowid`,
  };
}

function installTriggers(db: Database.Database, table: string): void {
  const sql = inverseSql(table, columnsOf(db, table));
  const recording = `(SELECT step FROM undo_cursor) > 0`;
  const events = [
    { event: 'INSERT', inverse: sql.insert, when: 'TRUE' },
    { event: 'DELETE', inverse: sql.delete, when: 'TRUE' },
    { event: 'UPDATE', inverse: sql.update, when: `(${sql.changed})` },
  ];
  for (const { event, inverse, when } of events) {
    const name = `undo_${table}_${event.toLowerCase()}`;
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${name}_record AFTER ${event} ON ${quoteName(table)}
      WHEN ${recording} AND ${when} BEGIN
        INSERT INTO undo_entry (step, sql) VALUES ((SELECT step FROM undo_cursor), ${inverse});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${name}_outside AFTER ${event} ON ${quoteName(table)}
      WHEN NOT ${recording} AND ${when} BEGIN
        DELETE FROM undo_entry;
        DELETE FROM undo_step;
      END;`);
  }
}

function createUndoLog(db: Database.Database): UndoLog {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS undo_cursor (step INTEGER NOT NULL);
    INSERT INTO undo_cursor (step) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM undo_cursor);
    CREATE TEMP TABLE IF NOT EXISTS undo_step (
      id     INTEGER PRIMARY KEY,
      stack  TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
      label  TEXT NOT NULL
    );
    CREATE TEMP TABLE IF NOT EXISTS undo_entry (
      seq   INTEGER PRIMARY KEY,
      step  INTEGER NOT NULL,
      sql   TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS temp.undo_entry_step ON undo_entry (step, seq);`);
  for (const table of UNDOABLE_TABLES) installTriggers(db, table);

  const cursor = db.prepare('SELECT step FROM undo_cursor').pluck();
  const setCursor = db.prepare('UPDATE undo_cursor SET step = ?');
  // Each new step's id exceeds every stored one, so the highest id is the top of its stack.
  const push = db.prepare('INSERT INTO undo_step (stack, label) VALUES (?, ?)');
  const top = db.prepare('SELECT id, label FROM undo_step WHERE stack = ? ORDER BY id DESC LIMIT 1');
  const entries = db.prepare('SELECT sql FROM undo_entry WHERE step = ? ORDER BY seq DESC').pluck();
  const entryCount = db.prepare('SELECT count(*) FROM undo_entry WHERE step = ?').pluck();
  const dropStep = db.prepare('DELETE FROM undo_step WHERE id = ?');
  const dropEntries = db.prepare('DELETE FROM undo_entry WHERE step = ?');
  const clearRedo = db.prepare(`
    DELETE FROM undo_entry WHERE step IN (SELECT id FROM undo_step WHERE stack = 'redo')`);
  const clearRedoSteps = db.prepare(`DELETE FROM undo_step WHERE stack = 'redo'`);

  const topOf = (stack: Stack) => top.get(stack) as Step | undefined;

  /** Runs `work` with every row change recorded into a new step on `stack`; drops it if empty. */
  function recordInto<T>(stack: Stack, label: string, work: () => T): { value: T; recorded: boolean } {
    if ((cursor.get() as number) !== 0) throw new Error('Undo steps cannot nest.');
    const step = Number(push.run(stack, label).lastInsertRowid);
    setCursor.run(step);
    let value: T;
    try {
      value = work();
    } finally {
      setCursor.run(0);
    }
    const recorded = (entryCount.get(step) as number) > 0;
    if (!recorded) dropStep.run(step);
    return { value, recorded };
  }

  /** Runs the inverses of the top step of `from`, newest first, recording their own inverses onto the other stack. */
  function replay(from: Stack, nothingLeft: string): HistoryState {
    const step = topOf(from);
    if (!step) throw new AppError('conflict', nothingLeft);
    const statements = entries.all(step.id) as string[];
    // Rows come back in reverse order of their removal; checking references at commit keeps the order free.
    db.pragma('defer_foreign_keys = ON');
    recordInto(from === 'undo' ? 'redo' : 'undo', step.label, () => {
      for (const sql of statements) db.exec(sql);
    });
    dropEntries.run(step.id);
    dropStep.run(step.id);
    return state();
  }

  function state(): HistoryState {
    const undo = topOf('undo');
    const redo = topOf('redo');
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  return {
    record(label, change) {
      const { value, recorded } = recordInto('undo', label, change);
      if (recorded) {
        clearRedo.run();
        clearRedoSteps.run();
      }
      return value;
    },
    undo: () => replay('undo', 'Nothing to undo.'),
    redo: () => replay('redo', 'Nothing to redo.'),
    state,
  };
}
