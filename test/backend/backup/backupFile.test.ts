import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile, writeBackup } from '../../../electron/backend/backup/backupFile.js';
import { SCHEMA_VERSION } from '../../../electron/backend/db/migrations/index.js';
import { openWorkspace } from '../../../electron/backend/workspace.js';
import { useTempDirs } from '../../helpers/tempDir.js';

const tempDir = useTempDirs();

/**
 * Another connection (in a worker thread) writing pairs of settings in one transaction each,
 * as fast as it can: a torn copy would hold an odd number of them.
 */
const WRITER = `
  const { parentPort, workerData } = require('node:worker_threads');
  const Database = require(workerData.module);
  const db = new Database(workerData.file);
  db.pragma('busy_timeout = 5000');
  const put = db.prepare("INSERT INTO setting (key, value) VALUES (?, '1')");
  const pair = db.transaction((i) => { put.run('pair-' + i + '-a'); put.run('pair-' + i + '-b'); });
  let stop = false;
  parentPort.on('message', () => { stop = true; });
  let i = 0;
  const loop = () => {
    for (let n = 0; n < 50; n++) pair(i++);
    if (i === 50) parentPort.postMessage('writing');
    if (stop) { db.close(); parentPort.postMessage('stopped'); } else setImmediate(loop);
  };
  loop();
`;

const pairsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM setting WHERE key LIKE 'pair-%'`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('writeBackup', () => {
  it('copies a consistent snapshot while another connection keeps writing', async () => {
    const dir = tempDir();
    const workspace = openWorkspace(dir);
    const worker = new Worker(WRITER, {
      eval: true,
      workerData: { file: workspace.file, module: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    await new Promise((resolve) => worker.once('message', resolve));
    const counts: number[] = [];
    try {
      // Back up until two copies differ, so the writer demonstrably ran between them.
      for (let n = 0; n < 200 && new Set(counts).size < 2; n++) {
        const target = join(dir, `copy-${n}.sqlite`);
        writeBackup(workspace.db, target);
        expect(verifyWorkspaceFile(target)).toBe(SCHEMA_VERSION);
        counts.push(pairsIn(target));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('message', resolve));
      workspace.close();
    }
    expect(new Set(counts).size).toBeGreaterThan(1);
    for (const count of counts) expect(count % 2).toBe(0);
  });

  it('replaces an existing file at the target and leaves no partial file', () => {
    const dir = tempDir();
    const workspace = openWorkspace(dir);
    const target = join(dir, 'out.sqlite');
    writeFileSync(target, 'old contents');
    writeBackup(workspace.db, target);
    workspace.close();
    expect(verifyWorkspaceFile(target)).toBe(SCHEMA_VERSION);
    expect(() => verifyWorkspaceFile(`${target}.partial`)).toThrow(/does not exist/);
  });
});

describe('verifyWorkspaceFile', () => {
  it('refuses a file that is not SQLite', () => {
    const file = join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'just some text, long enough to have a header');
    expect(() => verifyWorkspaceFile(file)).toThrow(/not an SQLite database/);
  });

  it('refuses an SQLite database that is not a Parallax workspace', () => {
    const file = join(tempDir(), 'other.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE recipe (name TEXT)');
    db.close();
    expect(() => verifyWorkspaceFile(file)).toThrow(/not a Parallax workspace/);
  });

  it('refuses a workspace written by a newer Parallax', () => {
    const dir = tempDir();
    const workspace = openWorkspace(dir);
    workspace.db.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    workspace.close();
    expect(() => verifyWorkspaceFile(workspace.file)).toThrow(/newer version of Parallax/);
  });
});
