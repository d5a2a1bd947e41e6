import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

const KEYS = ['start', 'end', 'quote', 'kind', 'speaker', 'side', 'confidence'];

interface Extracted {
  start: number;
  end: number;
  quote: string;
  kind: string;
  speaker: string | null;
  side: string | null;
  confidence: number;
}

describe('parallax extract', () => {
  const tempDir = useTempDirs();

  it('prints the statements of a file as JSON with exactly the documented keys, importing nothing', async () => {
    const dataDir = tempDir();
    const result = await runCli(['extract', FIXTURE_ARTICLE, '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Extracted[];
    for (const row of rows) expect(Object.keys(row)).toEqual(KEYS);
    expect(rows).toContainEqual(expect.objectContaining({ speaker: 'Ishaq Dar', side: 'pakistan', kind: 'direct' }));
    expect(rows).toContainEqual(expect.objectContaining({ speaker: 'Mohammad Sadiq Khan', side: 'pakistan' }));
    expect(rows).toContainEqual(expect.objectContaining({ speaker: 'Amir Khan Muttaqi', side: 'afghanistan' }));
    expect(rows).toContainEqual(expect.objectContaining({ speaker: 'Tahir Khan', side: null }));
    expect(await listArticles(dataDir)).toEqual([]);
  });

  it('prints a table with one row per statement', async () => {
    const result = await runCli(['extract', FIXTURE_ARTICLE, '--data-dir', tempDir()], {});
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^START +END +KIND +CONF +SIDE +SPEAKER +QUOTE$/);
    expect(rows.some((row) => /^\d+ +\d+ +direct +0\.\d\d +afghanistan +Amir Khan Muttaqi +Both countries should/.test(row))).toBe(true);
  });

  it('gives the same offsets as the article stored by import', async () => {
    const dataDir = tempDir();
    const fromFile = JSON.parse((await runCli(['extract', FIXTURE_ARTICLE, '--json', '--data-dir', dataDir], {})).stdout);
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const [article] = await listArticles(dataDir);
    const stored = await runCli(['extract', String(article!.id), '--json', '--data-dir', dataDir], {});
    expect(stored.code).toBe(0);
    expect(JSON.parse(stored.stdout)).toEqual(fromFile);
  });

  it('with --accept imports the file and stores the statements above the confidence, then suggests none of them again', async () => {
    const dataDir = tempDir();
    const accepted = await runCli(['extract', FIXTURE_ARTICLE, '--accept', '--min-confidence', '0.9', '--data-dir', dataDir], {});
    expect(accepted.code).toBe(0);
    const sure = accepted.stdout.split('\n').filter((row) => /^\d+ +\d+ +\w+ +(0\.9\d|1\.00) /.test(row));
    expect(sure.length).toBeGreaterThan(2);
    expect(accepted.stdout).toMatch(new RegExp(`Accepted ${sure.length} statements with confidence 0\\.9 or more`));
    const [article] = await listArticles(dataDir);
    const again = JSON.parse((await runCli(['extract', String(article!.id), '--json', '--data-dir', dataDir], {})).stdout) as Extracted[];
    expect(again.every((row) => row.confidence < 0.9 || row.speaker === null)).toBe(true);
  });

  it('with --accept --json keeps stdout one JSON array and reports the count on stderr', async () => {
    const result = await runCli(['extract', FIXTURE_ARTICLE, '--accept', '--json', '--data-dir', tempDir()], {});
    expect(result.code).toBe(0);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
    expect(result.stderr).toMatch(/^Accepted \d+ statements with confidence 0\.8 or more/);
  });

  it('refuses a bad --min-confidence, or one without --accept, as a usage mistake', async () => {
    const dataDir = tempDir();
    expect(await runCli(['extract', FIXTURE_ARTICLE, '--accept', '--min-confidence', '1.5', '--data-dir', dataDir], {}))
      .toMatchObject({ code: 2, stderr: expect.stringContaining('--min-confidence must be a number from 0 to 1') });
    expect(await runCli(['extract', FIXTURE_ARTICLE, '--min-confidence', '0.5', '--data-dir', dataDir], {}))
      .toMatchObject({ code: 2, stderr: expect.stringContaining('only applies with --accept') });
  });

  it('fails with the reason for an unknown article, a missing file and a file of several articles', async () => {
    const dir = tempDir();
    expect(await runCli(['extract', '00000000-0000-4000-8000-000000000000', '--data-dir', dir], {}))
      .toMatchObject({ code: 1, stderr: expect.stringContaining('No article with id') });
    expect(await runCli(['extract', join(dir, 'missing.txt'), '--data-dir', dir], {}))
      .toMatchObject({ code: 1, stderr: expect.stringContaining('is neither a file nor an article id') });
    const several = join(dir, 'several.json');
    writeFileSync(several, JSON.stringify([{ title: 'A', body: 'One said that it rained.' }, { title: 'B', body: 'Two said that it snowed.' }]));
    expect(await runCli(['extract', several, '--data-dir', dir], {}))
      .toMatchObject({ code: 1, stderr: expect.stringContaining('holds 2 articles') });
  });
});
