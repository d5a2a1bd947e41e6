import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { newerSchemaMessage, schemaVersion } from '../db/migrate.js';
import { openDatabase, type OpenOptions } from '../db/open.js';
import { WORKSPACE_FILE } from '../paths.js';
import { openWorkspace } from '../workspace.js';

export type CheckName = 'sqlite_file' | 'schema_version' | 'integrity' | 'foreign_keys';

export interface CheckResult {
  name: CheckName;
  ok: boolean;
  detail: string;
}

export interface HealthReport {
  file: string;
  ok: boolean;
  checks: CheckResult[];
}

/** How many problem lines a failed check quotes; a badly damaged file can list thousands. */
const MAX_QUOTED_PROBLEMS = 5;

function quoteProblems(lines: string[]): string {
  const shown = lines.slice(0, MAX_QUOTED_PROBLEMS).join('; ');
  const more = lines.length - MAX_QUOTED_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/** Runs a check, turning an SQLite error (a damaged page, say) into a failed check. */
function attempt(name: CheckName, check: () => Omit<CheckResult, 'name'>): CheckResult {
  try {
    return { name, ...check() };
  } catch (error) {
    return { name, ok: false, detail: `could not be checked: ${(error as Error).message}` };
  }
}

function checkSchemaVersion(db: Database.Database): Omit<CheckResult, 'name'> {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    return { ok: false, detail: newerSchemaMessage(version, SCHEMA_VERSION) };
  }
  if (version < SCHEMA_VERSION) {
    return { ok: true, detail: `schema ${version}; Parallax upgrades it to ${SCHEMA_VERSION} when it next opens it` };
  }
  return { ok: true, detail: `schema ${version} (current)` };
}

function checkIntegrity(db: Database.Database): Omit<CheckResult, 'name'> {
  const lines = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const problems = lines.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  return problems.length === 0
    ? { ok: true, detail: 'no damage found' }
    : { ok: false, detail: `the database is damaged: ${quoteProblems(problems)}` };
}

function checkForeignKeys(db: Database.Database): Omit<CheckResult, 'name'> {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return rows.length === 0
    ? { ok: true, detail: 'no broken references' }
    : {
        ok: false,
        detail: `${rows.length} broken reference(s): ${quoteProblems(rows.map((r) => `${r.table} row ${r.rowid} -> missing ${r.parent}`))}`,
      };
}

/** The checks that need an open connection; the desktop app can run these on its own. */
export function checkDatabase(db: Database.Database): CheckResult[] {
  return [
    attempt('schema_version', () => checkSchemaVersion(db)),
    attempt('integrity', () => checkIntegrity(db)),
    attempt('foreign_keys', () => checkForeignKeys(db)),
  ];
}

/**
 * Checks the workspace in `dir` without changing it: an existing file is opened read-only and
 * never migrated, so a foreign or newer file is reported, not rewritten. A missing workspace is
 * created first (empty and current), as the app would on first start.
 */
export function checkWorkspace(dir: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): HealthReport {
  const file = join(dir, WORKSPACE_FILE);
  if (!existsSync(file)) openWorkspace(dir, options).close();

  let db: Database.Database;
  try {
    db = openDatabase(file, { ...options, readonly: true });
  } catch (error) {
    const checks = [{ name: 'sqlite_file' as const, ok: false, detail: (error as Error).message }];
    return { file, ok: false, checks };
  }
  try {
    const checks = [
      { name: 'sqlite_file' as const, ok: true, detail: 'an SQLite database' },
      ...checkDatabase(db),
    ];
    return { file, ok: checks.every((check) => check.ok), checks };
  } finally {
    db.close();
  }
}
