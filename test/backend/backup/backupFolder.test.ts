import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUTOMATIC_BACKUPS_KEPT,
  backupsFolder,
  createManualBackup,
  keepDailyBackup,
  listBackups,
} from '../../../electron/backend/backup/backupFolder.js';
import { startBackend } from '../../../electron/backend/app.js';
import { SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { openWorkspace, type Workspace } from '../../../electron/backend/workspace.js';
import { useBackend } from '../../helpers/backend.js';
import { useTempDirs } from '../../helpers/tempDir.js';
import { annotating } from '../handlers/annotatingHarness.js';

const tempDir = useTempDirs();
const newBackend = useBackend();

function workspaceWithArticle(): Workspace {
  const workspace = openWorkspace(tempDir());
  workspace.db
    .prepare(`INSERT INTO article (id, title, body, content_hash, imported_at) VALUES ('a1', 'Title', 'Body text', 'h1', '2025-01-01T00:00:00Z')`)
    .run();
  return workspace;
}

const day = (n: number) => new Date(Date.UTC(2025, 3, n, 9, 30));
const files = (dir: string) => readdirSync(backupsFolder(dir)).sort();

describe('automatic backups', () => {
  it('makes one a day, named by the day', () => {
    const workspace = workspaceWithArticle();
    expect(keepDailyBackup(workspace.db, workspace.dir, day(1))?.name).toBe('auto-2025-04-01.sqlite');
    expect(keepDailyBackup(workspace.db, workspace.dir, new Date(Date.UTC(2025, 3, 1, 23, 59)))).toBeUndefined();
    expect(keepDailyBackup(workspace.db, workspace.dir, day(2))?.name).toBe('auto-2025-04-02.sqlite');
    workspace.close();
    expect(files(workspace.dir)).toEqual(['auto-2025-04-01.sqlite', 'auto-2025-04-02.sqlite']);
  });

  it('keeps only the last seven, never touching manual backups', () => {
    const workspace = workspaceWithArticle();
    const manual = createManualBackup(workspace.db, workspace.dir, day(1));
    for (let n = 1; n <= 10; n++) keepDailyBackup(workspace.db, workspace.dir, day(n));
    workspace.close();
    const automatic = Array.from({ length: AUTOMATIC_BACKUPS_KEPT }, (_, i) => `auto-2025-04-${String(i + 4).padStart(2, '0')}.sqlite`);
    expect(files(workspace.dir)).toEqual([...automatic, manual.name]);
  });

  it('does not back up a workspace without articles', () => {
    const workspace = openWorkspace(tempDir());
    expect(keepDailyBackup(workspace.db, workspace.dir, day(1))).toBeUndefined();
    workspace.close();
    expect(existsSync(backupsFolder(workspace.dir))).toBe(false);
  });

  it('is made when a backend opens a workspace with articles', async () => {
    const backend = newBackend();
    await annotating(backend).article();
    const dir = backend.workspace.dir;
    expect(listBackups(dir)).toEqual([]);
    backend.close();
    for (let n = 0; n < 2; n++) startBackend(dir, { logError: () => {} }).close();
    expect(listBackups(dir).map((b) => b.automatic)).toEqual([true]);
  });
});

describe('manual backups and the list', () => {
  it('names manual backups by the time and lists them newest first with their details', () => {
    const workspace = workspaceWithArticle();
    const first = createManualBackup(workspace.db, workspace.dir, new Date('2025-04-17T09:05:03.250Z'));
    const second = createManualBackup(workspace.db, workspace.dir, new Date('2025-04-17T09:05:03.900Z'));
    const daily = keepDailyBackup(workspace.db, workspace.dir, new Date('2025-04-18T08:00:00Z'))!;
    workspace.close();
    expect([first.name, second.name]).toEqual(['backup-2025-04-17T09-05-03.sqlite', 'backup-2025-04-17T09-05-03-2.sqlite']);
    const listed = listBackups(workspace.dir);
    expect(listed.map((b) => b.name)).toEqual([daily.name, second.name, first.name]);
    expect(listed[0]).toMatchObject({ automatic: true, created_at: '2025-04-18T08:00:00.000Z', schema_version: SCHEMA_VERSION });
    expect(listed[2]).toMatchObject({ automatic: false, created_at: '2025-04-17T09:05:03.250Z' });
    expect(listed.every((b) => b.bytes > 0)).toBe(true);
  });

  it('creates and lists backups through the dispatcher', async () => {
    const backend = newBackend();
    const { ok } = annotating(backend);
    const made = await ok('backups.create', {});
    expect(made).toMatchObject({ automatic: false, schema_version: SCHEMA_VERSION });
    expect(existsSync(join(backupsFolder(backend.workspace.dir), made.name))).toBe(true);
    expect((await ok('backups.list', {})).map((b) => b.name)).toEqual([made.name]);
  });
});
