import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

describe('parallax import', () => {
  const tempDir = useTempDirs();

  it('imports a text file and reports its id and title as JSON', async () => {
    const dataDir = tempDir();
    const result = await runCli(['import', FIXTURE_ARTICLE, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const [outcome] = JSON.parse(result.stdout);
    expect(Object.keys(outcome)).toEqual(['file', 'status', 'id', 'title']);
    expect(outcome).toMatchObject({ file: FIXTURE_ARTICLE, status: 'imported', title: 'jcc kabul talks' });
    expect((await listArticles(dataDir)).map((a) => a.id)).toEqual([outcome.id]);
  });

  it('reports the same text imported again as a duplicate and stores it once', async () => {
    const dataDir = tempDir();
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const again = await runCli(['import', FIXTURE_ARTICLE, '--json', '--data-dir', dataDir], {});
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([
      { file: FIXTURE_ARTICLE, status: 'duplicate', reason: expect.stringMatching(/already in the library/) },
    ]);
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('prints one aligned line per file and a summary', async () => {
    const dataDir = tempDir();
    const result = await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    expect(result.stdout).toMatch(/^imported {2}\S+jcc-kabul-talks\.txt {2}“jcc kabul talks” \([0-9a-f-]{36}\)\n1 imported, 0 duplicate, 0 failed\.\n$/);
  });

  const refusals: [string, (dir: string) => string, RegExp][] = [
    ['a binary file', (dir) => write(join(dir, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), /binary content/],
    ['an empty file', (dir) => write(join(dir, 'empty.txt'), ''), /the file is empty/],
    ['a blank file', (dir) => write(join(dir, 'blank.md'), ' \n\t\n'), /the file is empty/],
    ['invalid UTF-8', (dir) => write(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks resume', 'latin1')), /not valid UTF-8/],
    ['an unsupported extension', (dir) => write(join(dir, 'report.pdf'), 'text'), /\.pdf files are not supported \(supported: \.txt, \.md\)/],
    ['a missing file', (dir) => join(dir, 'missing.txt'), /no such file/],
    ['a folder', (dir) => makeFolder(join(dir, 'folder.txt')), /folders are not supported yet/],
  ];

  it.each(refusals)('refuses %s with a reason, exits 1 and writes nothing', async (_what, make, reason) => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const file = make(filesDir);
    const result = await runCli(['import', file, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([{ file, status: 'failed', reason: expect.stringMatching(reason) }]);
    expect(await listArticles(dataDir)).toEqual([]);
  });

  it('imports the good files of a batch, and exits 1 with a summary on stderr for the bad one', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const empty = write(join(filesDir, 'empty.txt'), '');
    const result = await runCli(['import', FIXTURE_ARTICLE, empty, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^imported .*\nfailed {4}.*empty\.txt +the file is empty\n$/);
    expect(result.stderr).toBe('1 imported, 0 duplicate, 1 failed.\n');
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('reports the dispatcher’s reason for a file it refuses and exits 1', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const huge = write(join(filesDir, 'huge.txt'), 'z'.repeat(5_000_001));
    const result = await runCli(['import', huge, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([{ file: huge, status: 'failed', reason: 'body: is longer than 5,000,000 characters' }]);
  });
});

function makeFolder(dir: string): string {
  mkdirSync(dir);
  return dir;
}

function write(file: string, content: string | Buffer): string {
  writeFileSync(file, content);
  return file;
}
