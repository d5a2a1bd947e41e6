import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app.js';
import { createDispatcher } from '../../electron/backend/dispatcher.js';
import { createHandlers } from '../../electron/backend/handlers.js';
import { writeOutputFile } from '../../electron/cli/outputFile.js';
import { WORKSPACE_FILE } from '../../electron/backend/paths.js';
import { useTempDirs } from '../helpers/tempDir.js';

const tempDir = useTempDirs();
const opened: Backend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close();
});

/** A backend whose unexpected errors are collected: a full disk is expected, never "internal". */
function backendIn(dir: string): { backend: Backend; logged: unknown[] } {
  const logged: unknown[] = [];
  const backend = startBackend(dir, { validateOutput: true, logError: (error) => logged.push(error) });
  opened.push(backend);
  return { backend, logged };
}

async function ok<T>(answer: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await answer;
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
}

/** Every row of every table (the search index's too), so "exactly as before" means it. */
function everyRow(db: Database.Database): Record<string, string[]> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort()]));
}

const LONG_TEXT = 'Officials at the Torkham crossing said trade would resume on Monday. '.repeat(2_000);

/** The three writes an analyst makes most, each far larger than the space left. */
const writes: { name: string; channel: string; input: (articleId: string) => unknown }[] = [
  {
    name: 'an import',
    channel: 'import.file',
    input: () => ({ name: 'chaman.txt', data: Buffer.from(`Chaman border reopens\n\n${LONG_TEXT}`).toString('base64') }),
  },
  { name: 'a new article', channel: 'articles.create', input: () => ({ title: 'Kurram talks', body: LONG_TEXT.replaceAll('Torkham', 'Kurram') }) },
  { name: 'a highlight', channel: 'annotations.create', input: (articleId) => ({ article_id: articleId, start: 0, end: 9, note: LONG_TEXT.slice(0, 100_000) }) },
];

describe('a full disk (simulated by capping the workspace with PRAGMA max_page_count)', () => {
  async function fullWorkspace() {
    const { backend, logged } = backendIn(tempDir());
    const first = await ok<{ id: string }>(backend.dispatch('articles.create', { title: 'Torkham reopens', body: 'Islamabad and Kabul agreed to reopen Torkham.' }));
    await ok(backend.dispatch('annotations.create', { article_id: first.id, start: 0, end: 9, note: 'who agreed' }));
    await ok(backend.dispatch('articles.create', { title: 'Refugees return', body: 'Families crossed back at Chaman.' }));
    const { db } = backend.workspace;
    // No page may be added from here on: the next write that needs one fails as a full disk would.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    return { backend, logged, db, articleId: first.id, before: everyRow(db) };
  }

  it.each(writes)('refuses $name with a disk_full error naming the workspace, and keeps everything stored before', async ({ channel, input }) => {
    const { backend, logged, db, articleId, before } = await fullWorkspace();
    const answer = await backend.dispatch(channel, input(articleId));
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'disk_full',
        message: `The disk holding the workspace (${backend.workspace.file}) is full: nothing was saved. Free some space and try again.`,
      },
    });
    expect(logged).toEqual([]);
    expect(everyRow(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it.each(writes)('saves $name once space is freed', async ({ channel, input }) => {
    const { backend, db, articleId } = await fullWorkspace();
    expect((await backend.dispatch(channel, input(articleId))).ok).toBe(false);
    db.pragma('max_page_count = 1073741823');
    await ok(backend.dispatch(channel, input(articleId)));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('other refusals of the disk, as the dispatcher answers them', () => {
  it('answers a disk I/O error (SQLITE_IOERR_*) as io_error naming the workspace, not as a bug', async () => {
    const dir = tempDir();
    const { backend } = backendIn(dir);
    const logged: unknown[] = [];
    // A real I/O error cannot be provoked safely; this is the error better-sqlite3 throws for one.
    const failing = {
      ...createHandlers(backend.workspace, { printPdf: async () => new Uint8Array() }),
      'articles.create': () => {
        throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
      },
    };
    const dispatch = createDispatcher(backend.workspace.db, failing, { logError: (error) => logged.push(error) });
    const answer = await dispatch('articles.create', { title: 'Torkham', body: 'Reopened.' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'io_error',
        message: `The disk holding the workspace (${join(dir, WORKSPACE_FILE)}) failed to read or write (SQLITE_IOERR_WRITE): nothing was saved. Check that the disk is still connected and sound, then try again.`,
      },
    });
    expect(logged).toEqual([]);
  });
});

describe('writing an export file the disk refuses (real errors from the kernel)', () => {
  it('says the disk is full on ENOSPC (/dev/full)', () => {
    expect(() => writeOutputFile('/dev/full', 'topic,side\n')).toThrow(
      'The disk holding /dev/full is full: nothing was written. Free some space and try again.',
    );
  });

  it('says the file cannot be written on EACCES (a file sysfs will not create)', () => {
    expect(() => writeOutputFile('/sys/kernel/parallax-export.csv', 'topic,side\n')).toThrow(
      /^\/sys\/kernel\/parallax-export\.csv cannot be written \(it or its folder is read-only, or belongs to another user\): nothing was written\./,
    );
  });

  it('says the disk failed on EIO (/proc/version refuses writes so)', () => {
    expect(() => writeOutputFile('/proc/version', 'topic,side\n')).toThrow(/^The disk holding \/proc\/version failed to read or write \(EIO\): nothing was written\./);
  });
});

/** Whether this machine lets us mount a small tmpfs in a private mount namespace (root, Linux). */
function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'parallax-probe-'));
  try {
    return spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', probe]).status === 0;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const CLI = join(process.cwd(), 'electron/cli/bin.mjs');

/**
 * Runs `parallax …args` with `full` a 256 KiB tmpfs filled to the last byte, in a mount namespace
 * of its own (it vanishes with the process); reports what is left on it besides the filler.
 */
function parallaxOnFullDisk(full: string, args: string[]): { status: number | null; stderr: string; left: string } {
  const script = [
    'mount -t tmpfs -o size=256k tmpfs "$1" || exit 99',
    'head -c 1M /dev/zero > "$1/filler" 2>/dev/null',
    'dir="$1"; shift',
    '"$@"; status=$?',
    'ls -A "$dir" | grep -v "^filler$" >&3',
    'exit $status',
  ].join('\n');
  const run = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `${script}`, 'sh', full, process.execPath, CLI, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  return { status: run.status, stderr: run.stderr, left: (run.output[3] ?? '').trim() };
}

describe.runIf(canMountTmpfs())('a really full disk (a filled tmpfs; runs only where tmpfs can be mounted, as root in CI)', () => {
  async function workspaceWithArticle(): Promise<string> {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const { backend } = backendIn(dir);
    const article = await ok<{ id: string }>(backend.dispatch('articles.create', { title: 'Torkham reopens', body: 'Islamabad and Kabul agreed to reopen Torkham.' }));
    await ok(backend.dispatch('annotations.create', { article_id: article.id, start: 0, end: 9 }));
    backend.close();
    return dir;
  }

  it('refuses a backup into the full backups folder with a clear message and leaves no file there', async () => {
    const dir = await workspaceWithArticle();
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    const run = parallaxOnFullDisk(backups, ['--data-dir', dir, 'backup']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^parallax: The disk holding ${backups}/backup-[\\dT-]+\\.sqlite is full: no backup was written\\. Free some space and try again\\.$`, 'm'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.left).toBe('');
  });

  it('refuses a backup to a file on a full disk with a clear message and leaves no file there', async () => {
    const dir = await workspaceWithArticle();
    const full = tempDir();
    const target = join(full, 'copy.sqlite');
    const run = parallaxOnFullDisk(full, ['--data-dir', dir, 'backup', '--out', target]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`parallax: The disk holding ${target} is full: no backup was written. Free some space and try again.`);
    expect(run.left).toBe('');
  });

  it('refuses an export to a full disk with a clear message', async () => {
    const dir = await workspaceWithArticle();
    const full = tempDir();
    const target = join(full, 'highlights.json');
    const run = parallaxOnFullDisk(full, ['--data-dir', dir, 'export', 'annotations', '--format', 'json', '--out', target]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`parallax: The disk holding ${target} is full: nothing was written. Free some space and try again.\n`);
  });

  it('keeps the workspace whole after the refused backups', async () => {
    const dir = await workspaceWithArticle();
    const full = tempDir();
    expect(parallaxOnFullDisk(full, ['--data-dir', dir, 'backup', '--out', join(full, 'copy.sqlite')]).status).toBe(1);
    expect(existsSync(join(dir, WORKSPACE_FILE))).toBe(true);
    const { backend } = backendIn(dir);
    expect(backend.workspace.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const listed = await ok<{ items: { title: string; highlight_count: number }[] }>(backend.dispatch('articles.list', { limit: 10 }));
    expect(listed.items.map(({ title, highlight_count }) => ({ title, highlight_count }))).toEqual([{ title: 'Torkham reopens', highlight_count: 1 }]);
  });
});
