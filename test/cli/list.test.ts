import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

describe('parallax list', () => {
  const tempDir = useTempDirs();

  it('lists an imported article as JSON with exactly the documented keys, in order', async () => {
    const dataDir = tempDir();
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const [article, ...rest] = await listArticles(dataDir);
    expect(rest).toEqual([]);
    expect(Object.keys(article!)).toEqual([
      'id', 'title', 'outlet', 'url', 'published_at', 'language', 'direction', 'dateline', 'imported_at',
    ]);
    expect(article).toMatchObject({ title: 'jcc kabul talks', language: 'en', direction: 'ltr', dateline: 'ISLAMABAD', outlet: null });
  });

  it('pages through every article, not just the first page', async () => {
    const [dataDir, filesDir] = [tempDir(), tempDir()];
    const files = Array.from({ length: 501 }, (_, i) => {
      const file = join(filesDir, `note-${i}.txt`);
      writeFileSync(file, `Note number ${i} on the border talks.`);
      return file;
    });
    expect((await runCli(['import', ...files, '--data-dir', dataDir], {})).code).toBe(0);
    const listed = await listArticles(dataDir);
    expect(new Set(listed.map((a) => a.id)).size).toBe(501);
  });

  it('prints an aligned table of date, outlet and title, newest import first', async () => {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    await backend.dispatch('articles.create', { title: 'Talks resume', body: 'First text.', outlet: 'Dawn', published_at: '2025-04-17T09:00:00Z' });
    await backend.dispatch('articles.create', { title: 'Trade delegation arrives', body: 'Second text.', outlet: 'WE News English' });
    backend.close();
    const result = await runCli(['list', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'DATE        OUTLET           TITLE',
        '-           WE News English  Trade delegation arrives',
        '2025-04-17  Dawn             Talks resume',
        '',
        '2 articles',
        '',
      ].join('\n'),
    );
  });

  it('says how to import when the workspace is empty', async () => {
    const result = await runCli(['list', '--data-dir', tempDir()], {});
    expect(result).toEqual({ code: 0, stdout: 'No articles yet. Import some with: parallax import <path…>\n', stderr: '' });
  });

  it('prints an empty JSON array when the workspace is empty', async () => {
    expect(await listArticles(tempDir())).toEqual([]);
  });
});
