import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { INTERRUPTED_EXIT_CODE, runImport } from '../../electron/cli/commands/import.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, FIXTURE_TEXT, listArticles, runCli } from './runCli.js';

const BINARY = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]);

function write(file: string, content: string | Buffer): string {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const jsonArticle = (title: string, body: string) =>
  JSON.stringify([{ title, body, url: 'https://example.com/talks', outlet: 'Dawn' }]);

describe('parallax import', () => {
  const tempDir = useTempDirs();

  it('imports a file and prints its result as JSON', async () => {
    const dataDir = tempDir();
    const result = await runCli(['import', FIXTURE_ARTICLE, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.stdout);
    expect(outcomes).toEqual([
      { file: FIXTURE_ARTICLE, status: 'imported', items: [{ status: 'imported', id: expect.any(String), title: 'jcc kabul talks', revision: 1 }] },
    ]);
    expect(Object.keys(outcomes[0])).toEqual(['file', 'status', 'items']);
    expect((await listArticles(dataDir)).map((a) => a.id)).toEqual([outcomes[0].items[0].id]);
  });

  it('prints one aligned line per file and a summary', async () => {
    const dataDir = tempDir();
    const result = await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    expect(result.stdout).toMatch(/^imported {2}\S+jcc-kabul-talks\.txt {2}“jcc kabul talks”\n1 imported, 0 updated, 0 duplicate, 0 skipped, 0 failed\.\n$/);
    expect(result.stderr).toBe('');
  });

  it('reports the same text imported again as a duplicate of the stored article', async () => {
    const dataDir = tempDir();
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const again = await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^duplicate {2}\S+ {2}duplicate of “jcc kabul talks”\n/);
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('reports new text at a known address as the next revision', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const first = write(join(filesDir, 'first.json'), jsonArticle('Talks resume', 'KABUL: Talks resumed.'));
    const second = write(join(filesDir, 'second.json'), jsonArticle('Talks end', 'KABUL: Talks ended.'));
    await runCli(['import', first, '--data-dir', dataDir], {});
    const result = await runCli(['import', second, '--data-dir', dataDir], {});
    expect(result.stdout).toContain(`updated  ${second}  “Talks end” updated to revision 2\n`);
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('walks folders, skipping hidden and unsupported files with the reason', async () => {
    const [dataDir, root] = [tempDir(), tempDir()];
    write(join(root, 'news', 'a-talks.txt'), FIXTURE_TEXT);
    write(join(root, 'news', '2025', 'border.md'), '# Border reopens\n\nTORKHAM: The crossing reopened on Friday.');
    write(join(root, 'news', 'copy.txt'), FIXTURE_TEXT);
    write(join(root, '.DS_Store'), BINARY);
    write(join(root, 'news', '.draft.txt'), 'Draft\n\nNot for import.');
    write(join(root, '.git', 'notes.txt'), 'Not for import either.');
    write(join(root, 'setup.exe'), BINARY);
    symlinkSync(root, join(root, 'news', 'loop'));
    const result = await runCli(['import', root, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const outcomes = JSON.parse(result.stdout) as { file: string; status: string; reason?: string }[];
    expect(outcomes.map(({ file, status, reason }) => [file.slice(root.length + 1), status, reason])).toEqual([
      ['.DS_Store', 'skipped', 'hidden file'],
      ['.git', 'skipped', 'hidden folder'],
      ['news/.draft.txt', 'skipped', 'hidden file'],
      ['news/2025/border.md', 'imported', undefined],
      ['news/a-talks.txt', 'imported', undefined],
      ['news/copy.txt', 'duplicate', undefined],
      ['setup.exe', 'skipped', expect.stringMatching(/^\.exe files are not supported/)],
    ]);
    const stored = await listArticles(dataDir);
    expect(stored.map((a) => a.title).sort()).toEqual(['Border reopens', 'a talks']);
  });

  it('records a walked file’s path inside the folder named as its source', async () => {
    const [dataDir, root] = [tempDir(), tempDir()];
    write(join(root, 'news', '2025', 'border.md'), '# Border reopens\n\nTORKHAM: The crossing reopened.');
    const result = await runCli(['import', join(root, 'news'), '--json', '--data-dir', dataDir], {});
    const [outcome] = JSON.parse(result.stdout);
    expect(outcome.file).toBe(join(root, 'news', '2025', 'border.md'));
    const backend = startBackend(dataDir);
    try {
      expect(await backend.dispatch('articles.get', { id: outcome.items[0].id })).toMatchObject({ value: { source_name: 'news/2025/border.md' } });
    } finally {
      backend.close();
    }
  });

  it.each([
    ['a binary file', (dir: string) => write(join(dir, 'scan.txt'), BINARY), 'looks like a binary file, not text'],
    ['an empty file', (dir: string) => write(join(dir, 'empty.txt'), ''), 'is empty'],
    ['a missing file', (dir: string) => join(dir, 'missing.txt'), 'no such file'],
  ])('fails %s with the reason, exits 1 and writes nothing', async (_what, make, reason) => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const file = make(filesDir);
    const result = await runCli(['import', file, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([{ file, status: 'failed', reason, items: [] }]);
    expect(await listArticles(dataDir)).toEqual([]);
  });

  it('imports the good files of a batch and puts the summary on stderr when one failed', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const empty = write(join(filesDir, 'empty.txt'), '');
    const result = await runCli(['import', FIXTURE_ARTICLE, empty, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^imported .*\nfailed {3}.*empty\.txt +is empty\n$/);
    expect(result.stderr).toBe('1 imported, 0 updated, 0 duplicate, 0 skipped, 1 failed.\n');
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('shows progress on a terminal and stops after the current file when interrupted', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    for (const name of ['a', 'b', 'c']) write(join(filesDir, `${name}.txt`), `Story ${name}\n\nKABUL: Report ${name}.`);
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (text: string) => (stdout += text) },
      // Ctrl+C arrives while the second file is being imported.
      stderr: { isTTY: true, write: (text: string) => ((stderr += text), text.includes('[2/3]') && controller.abort()) },
      env: {},
    };
    const code = await runImport({ dataDir, io, positionals: [filesDir], options: { json: true } }, controller.signal);
    expect(code).toBe(INTERRUPTED_EXIT_CODE);
    expect(stderr).toContain(`[1/3] ${join(filesDir, 'a.txt')}`);
    expect(stderr).toContain('Interrupted: 2 of 3 files done; the rest were not read.\n');
    expect(JSON.parse(stdout).map((r: { file: string }) => r.file)).toEqual([join(filesDir, 'a.txt'), join(filesDir, 'b.txt')]);
    expect((await listArticles(dataDir)).map((a) => a.title).sort()).toEqual(['Story a', 'Story b']);
  });
});
