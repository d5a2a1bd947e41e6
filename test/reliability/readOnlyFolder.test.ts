import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app.js';
import { WORKSPACE_FILE } from '../../electron/backend/paths.js';
import { useTempDirs } from '../helpers/tempDir.js';

const tempDir = useTempDirs();
const opened: Backend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});

const CLI = join(process.cwd(), 'electron/cli/bin.mjs');
/**
 * Root without any capability (CAP_DAC_OVERRIDE above all): as root, a read-only mode alone would
 * not stop a write. Staying uid 0 keeps the checkout readable wherever CI clones it (a 0700
 * temporary folder would shut another user out of node_modules).
 */
const UNPRIVILEGED = ['--bounding-set=-all', '--inh-caps=-all'];

/** Root can drop its capabilities with setpriv (util-linux): true on this machine and in CI. */
const canDropPrivileges = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

/** Runs `parallax …args` without privileges, the way an analyst whose folder is read-only runs it. */
function parallaxUnprivileged(args: string[]) {
  const run = spawnSync('setpriv', [...UNPRIVILEGED, '--', process.execPath, CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A clear refusal: exit 1, one `parallax:` line, no stack trace. */
function expectRefusal(run: ReturnType<typeof parallaxUnprivileged>, message: string): void {
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(`parallax: ${message}\n`);
}

describe.runIf(canDropPrivileges)('a read-only data folder (run as root without capabilities through setpriv; needs root and util-linux)', () => {
  it('before any workspace exists: says the folder cannot be written, naming it, and creates nothing', () => {
    const emptyDir = join(tempDir(), 'Parallax');
    mkdirSync(emptyDir, { mode: 0o555 });
    const run = parallaxUnprivileged(['--data-dir', emptyDir, 'list']);
    expectRefusal(
      run,
      `The data folder ${emptyDir} cannot be written (it is read-only, or belongs to another user), so Parallax cannot create its workspace there. Make it writable, or point Parallax at another folder (--data-dir or PARALLAX_DATA_DIR).`,
    );
    expect(readdirSync(emptyDir)).toEqual([]);
  });

  it('when the data folder would be made inside a read-only folder: says it cannot be created, naming it', () => {
    const parent = join(tempDir(), 'config');
    mkdirSync(parent, { mode: 0o555 });
    const dir = join(parent, 'Parallax');
    const run = parallaxUnprivileged(['--data-dir', dir, 'import', CLI]);
    expectRefusal(
      run,
      `The data folder ${dir} cannot be created (a folder above it is read-only, or belongs to another user). Make it writable, or point Parallax at another folder (--data-dir or PARALLAX_DATA_DIR).`,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('when an existing workspace and its folder became read-only: refuses to open it, naming the file, and leaves its bytes as they were', async () => {
    const dir = join(tempDir(), 'Parallax');
    const backend = startBackend(dir, { logError: () => {} });
    opened.push(backend);
    const article = await backend.dispatch('articles.create', { title: 'Torkham reopens', body: 'Islamabad and Kabul agreed to reopen Torkham.' });
    expect(article.ok).toBe(true);
    backend.close();
    const file = join(dir, WORKSPACE_FILE);
    const names = readdirSync(dir).sort();
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    const before = sha256(file);
    const message = `The workspace ${file} cannot be written: the file or its folder is read-only, or belongs to another user. It was left untouched. Make both writable, or point Parallax at another folder (--data-dir or PARALLAX_DATA_DIR).`;

    expectRefusal(parallaxUnprivileged(['--data-dir', dir, 'list']), message);
    expectRefusal(parallaxUnprivileged(['--data-dir', dir, 'import', CLI]), message);

    expect(sha256(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(names);
  });
});

describe('a workspace that refuses writes while open (SQLite answers SQLITE_READONLY)', () => {
  it('answers unwritable naming the workspace, and keeps what was stored', async () => {
    const backend = startBackend(tempDir(), { validateOutput: true, logError: () => {} });
    opened.push(backend);
    expect((await backend.dispatch('articles.create', { title: 'Torkham reopens', body: 'Islamabad and Kabul agreed.' })).ok).toBe(true);
    // What a folder remounted read-only under a running app looks like to SQLite.
    backend.workspace.db.pragma('query_only = ON');
    const answer = await backend.dispatch('articles.create', { title: 'Chaman', body: 'Families crossed back.' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'unwritable',
        message: `The workspace (${backend.workspace.file}) cannot be written (it or its folder is read-only, or belongs to another user): nothing was saved. Make it writable, or use another folder.`,
      },
    });
    backend.workspace.db.pragma('query_only = OFF');
    const titles = backend.workspace.db.prepare('SELECT title FROM article').pluck().all();
    expect(titles).toEqual(['Torkham reopens']);
  });
});
