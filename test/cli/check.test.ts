import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/backend/db/migrations/index.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

describe('parallax check', () => {
  const tempDir = useTempDirs();

  it('creates the workspace on a fresh data folder and passes every check', async () => {
    const dataDir = join(tempDir(), 'new');
    const result = await runCli(['check', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {2}SQLite file/m);
    expect(result.stdout).toMatch(/^ok {2}schema version {2}schema \d+ \(current\)$/m);
    expect(result.stdout).toMatch(/^ok {2}integrity/m);
    expect(result.stdout).toMatch(/^ok {2}foreign keys/m);
    expect(result.stdout).toMatch(/All checks passed\.\n$/);
    expect(existsSync(join(dataDir, 'workspace.sqlite'))).toBe(true);
  });

  it('prints the report as JSON with --json', async () => {
    const dataDir = tempDir();
    const result = await runCli(['check', '--json', '--data-dir', dataDir], {});
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['file', 'ok', 'checks']);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual(['sqlite_file', 'schema_version', 'integrity', 'foreign_keys']);
  });

  it('exits 1 naming the problem for a file that is not SQLite, and leaves it byte-identical', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'workspace.sqlite');
    writeFileSync(file, 'not a database, just notes\n'.repeat(50));
    const before = readFileSync(file);
    const result = await runCli(['check', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^problem {2}SQLite file {2}.*not an SQLite database/m);
    expect(result.stderr).toMatch(/check failed.*not an SQLite database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('exits 1 with the newer-version message for a schema above this app’s, and leaves it unchanged', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'workspace.sqlite');
    const newer = new Database(file);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    const before = readFileSync(file);
    const result = await runCli(['check', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/newer version of Parallax/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('makes list exit 1 with the workspace error as it is', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'workspace.sqlite'), 'garbage'.repeat(10));
    const result = await runCli(['list', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `parallax: ${join(dataDir, 'workspace.sqlite')} is not a Parallax workspace: it is not an SQLite database. It was left untouched.\n`,
    );
  });
});
