import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../electron/backend/app.js';
import { backupPath, backupsFolder, listBackups } from '../../../electron/backend/backup/backupFolder.js';
import { cleanCloseRecordPath } from '../../../electron/backend/db/cleanClose.js';
import { openWorkspace } from '../../../electron/backend/workspace.js';
import { useTempDirs } from '../../helpers/tempDir.js';

const tempDir = useTempDirs();

/** A closed workspace holding one article; answers its folder. */
function workspaceWithArticle(): string {
  const workspace = openWorkspace(tempDir());
  workspace.db
    .prepare(`INSERT INTO article (id, title, body, content_hash, imported_at) VALUES ('a1', 'Title', 'Body text', 'h1', '2025-01-01T00:00:00Z')`)
    .run();
  workspace.close();
  return workspace.dir;
}

describe('the daily backup', () => {
  it('is not made while the workspace opens, but when the backend closes', async () => {
    const dir = workspaceWithArticle();
    const backend = startBackend(dir, { logError: () => {} });
    expect(listBackups(dir)).toEqual([]);
    expect((await backend.dispatch('articles.create', { title: 'Later', body: 'Written in this session.' })).ok).toBe(true);
    backend.close();
    const backups = listBackups(dir);
    expect(backups.map((b) => b.automatic)).toEqual([true]);
    // Taken at close, it holds the session's work too.
    const copy = new Database(backupPath(dir, backups[0]!.name), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM article').pluck().get()).toBe(2);
    copy.close();
  });

  it('that fails at close is reported, and the workspace still closes cleanly', () => {
    const dir = workspaceWithArticle();
    // A file where the backups folder should be: the backup cannot be written.
    writeFileSync(backupsFolder(dir), 'in the way');
    const failures: string[] = [];
    const backend = startBackend(dir, { logError: (_error, channel) => failures.push(channel) });
    const file = backend.workspace.file;
    backend.close();
    expect(failures).toEqual(['the daily backup']);
    expect(existsSync(cleanCloseRecordPath(file))).toBe(true);
  });
});
