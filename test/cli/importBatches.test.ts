import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/app.js';
import { importTargets } from '../../electron/cli/commands/import.js';
import { findImportTargets } from '../../electron/cli/importTargets.js';
import { MAX_IMPORT_BATCH_FILES } from '../../shared/domain/importing.js';
import { useTempDirs } from '../helpers/tempDir.js';

const story = (title: string) => `${title}\n\nKABUL: ${title} was reported on Thursday.`;

describe('importTargets in batches', () => {
  const tempDir = useTempDirs();
  const opened: Backend[] = [];
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.close();
  });

  function folderOf(files: Record<string, string>): string {
    const folder = join(tempDir(), 'news');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return folder;
  }

  function backend(): Backend {
    const opening = startBackend(tempDir(), { validateOutput: true, logError: () => {} });
    opened.push(opening);
    return opening;
  }

  const run = (b: Backend, folder: string, onProgress?: (done: number, total: number) => void) =>
    importTargets(b, findImportTargets([folder]), { signal: new AbortController().signal, onProgress });
  const titles = (b: Backend) => b.workspace.db.prepare('SELECT title FROM article ORDER BY title').pluck().all();

  it('sends the files in batches of at most MAX_IMPORT_BATCH_FILES, answering each in the order walked', async () => {
    const count = MAX_IMPORT_BATCH_FILES + 5;
    const names = Array.from({ length: count }, (_, i) => `story-${String(i).padStart(3, '0')}.txt`);
    const folder = folderOf(Object.fromEntries(names.map((name, i) => [name, story(`Story ${i}`)])));
    const b = backend();
    const calls: [string, number][] = [];
    const watched: Backend = {
      ...b,
      dispatch: (channel, input) => {
        calls.push([channel, (input as { files: unknown[] }).files.length]);
        return b.dispatch(channel, input);
      },
    };
    const progress: number[] = [];
    const results = await run(watched, folder, (done) => progress.push(done));
    expect(calls).toEqual([['import.files', MAX_IMPORT_BATCH_FILES], ['import.files', 5]]);
    expect(results.map((r) => [r.file, r.status])).toEqual(names.map((name) => [join(folder, name), 'imported']));
    expect(progress).toEqual(names.map((_, i) => i + 1));
    expect(titles(b)).toHaveLength(count);
  });

  it('imports the good files and fails the one whose write fails, with its reason, when a batch is refused', async () => {
    const folder = folderOf({ 'a.txt': story('Border reopens'), 'b.txt': story('Poisoned'), 'c.txt': story('Talks resume'), 'd.txt': '' });
    const b = backend();
    b.workspace.db.exec(`CREATE TRIGGER refuse_title BEFORE INSERT ON article WHEN new.title = 'Poisoned'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const results = await run(b, folder);
    expect(results.map((r) => [r.file.slice(folder.length + 1), r.status])).toEqual([
      ['a.txt', 'imported'],
      ['b.txt', 'failed'],
      ['c.txt', 'imported'],
      ['d.txt', 'failed'],
    ]);
    expect(results[1]!.reason).toContain('refused by the test');
    expect(results[3]!.reason).toBe('is empty');
    expect(titles(b)).toEqual(['Border reopens', 'Talks resume']);
  });
});
