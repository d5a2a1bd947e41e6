import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../../electron/backend/app.js';
import { backupsFolder } from '../../../electron/backend/backup/backupFolder.js';
import { replaceWorkspace } from '../../../electron/backend/backup/restore.js';
import { SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { WORKSPACE_FILE } from '../../../electron/backend/paths.js';
import { useBackend } from '../../helpers/backend.js';
import { useTempDirs } from '../../helpers/tempDir.js';
import { annotating } from '../handlers/annotatingHarness.js';

const tempDir = useTempDirs();
const newBackend = useBackend();
const titles = (backend: Backend) => backend.workspace.db.prepare('SELECT title FROM article ORDER BY title').pluck().all();

/** A backend holding "Before", backed up, then given "After" as well. */
async function backedUp() {
  const backend = newBackend();
  const { ok, article } = annotating(backend);
  await article('First text of the article.', 'Before');
  const backup = await ok('backups.create', {});
  await article('Second text, written after the backup.', 'After');
  return { backend, ok, backup };
}

/** A copy of the workspace with a page in the middle overwritten. */
function damagedCopy(backend: Backend): string {
  const file = join(tempDir(), 'damaged.sqlite');
  backend.workspace.db.prepare('VACUUM INTO ?').run(file);
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 4096 * 3, 4096 * 6);
  writeFileSync(file, bytes);
  return file;
}

function newerCopy(backend: Backend): string {
  const file = join(tempDir(), 'newer.sqlite');
  backend.workspace.db.prepare('VACUUM INTO ?').run(file);
  const db = new Database(file);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  return file;
}

describe('restoring a backup', () => {
  it('puts the backup in place, keeps the replaced workspace and keeps answering requests', async () => {
    const { backend, ok, backup } = await backedUp();
    const answer = await ok('backups.restore', { name: backup.name });
    expect(answer.restored).toBe(join(backupsFolder(backend.workspace.dir), backup.name));
    expect(titles(backend)).toEqual(['Before']);
    expect((await ok('articles.list', { filters: {} })).items.map((a) => a.title)).toEqual(['Before']);
    expect(existsSync(`${answer.kept_aside}-wal`)).toBe(false);
    const kept = new Database(answer.kept_aside, { readonly: true });
    expect(kept.prepare('SELECT title FROM article ORDER BY title').pluck().all()).toEqual(['After', 'Before']);
    kept.close();
    expect(answer.kept_aside).toMatch(/workspace-replaced-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.sqlite$/);
  });

  it('refuses a damaged file and leaves the workspace untouched', async () => {
    const { backend } = await backedUp();
    const before = readdirSync(backend.workspace.dir).sort();
    expect(() => backend.restore(damagedCopy(backend))).toThrow(/damaged|malformed|cannot be used/);
    expect(titles(backend)).toEqual(['After', 'Before']);
    expect(readdirSync(backend.workspace.dir).sort()).toEqual(before);
  });

  it('refuses a workspace from a newer Parallax and leaves the workspace untouched', async () => {
    const { backend } = await backedUp();
    expect(() => backend.restore(newerCopy(backend))).toThrow(/newer version of Parallax/);
    expect(titles(backend)).toEqual(['After', 'Before']);
    expect(readdirSync(backend.workspace.dir).filter((f) => f.startsWith('workspace-replaced'))).toEqual([]);
  });

  it('answers a backup name it does not know with not_found', async () => {
    const { backend } = await backedUp();
    const error = await annotating(backend).fails('backups.restore', { name: '../workspace.sqlite' });
    expect(error).toMatchObject({ code: 'not_found', field: 'name' });
  });

  it('checkpoints the write-ahead log into the replaced file, so the kept file is whole on its own', () => {
    const dir = tempDir();
    const backend = startBackend(dir, { logError: () => {} });
    backend.workspace.db.prepare(`INSERT INTO tag (id, name, colour, created_at) VALUES ('t-kept', 'Kept', '#112233', 'x')`).run();
    const backup = join(tempDir(), 'backup.sqlite');
    backend.workspace.db.prepare('VACUUM INTO ?').run(backup);
    // An unclean end: the connection stays open, so the last change sits in the -wal file.
    backend.workspace.db.prepare(`INSERT INTO tag (id, name, colour, created_at) VALUES ('t-late', 'Late', '#112233', 'x')`).run();
    const result = replaceWorkspace(dir, backup);
    backend.close();
    const keptAlone = join(tempDir(), 'kept.sqlite');
    copyFileSync(result.kept_aside, keptAlone);
    const kept = new Database(keptAlone, { readonly: true });
    expect(kept.prepare(`SELECT id FROM tag WHERE id LIKE 't-%' ORDER BY id`).pluck().all()).toEqual(['t-kept', 't-late']);
    kept.close();
    const restored = new Database(join(dir, WORKSPACE_FILE), { readonly: true });
    expect(restored.prepare(`SELECT id FROM tag WHERE id LIKE 't-%'`).pluck().all()).toEqual(['t-kept']);
    restored.close();
  });
});
