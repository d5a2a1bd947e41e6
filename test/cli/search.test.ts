import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { SearchPage } from '../../shared/domain/search.js';
import { useTempDirs } from '../helpers/tempDir.js';
import { runCli } from './runCli.js';

describe('parallax search', () => {
  const tempDir = useTempDirs();

  /** A workspace with two articles: one about Torkham in its title, one only in its body. */
  async function workspace(): Promise<{ dataDir: string; ids: Record<string, string> }> {
    const dataDir = tempDir();
    const backend = startBackend(dataDir);
    const ids: Record<string, string> = {};
    for (const article of [
      { title: 'Trade slows', body: 'Trucks queued at Torkham.\n\nTraders blamed the new rules.', outlet: 'Dawn', published_at: '2025-04-17' },
      { title: 'Torkham reopens', body: 'The crossing reopened after talks.' },
    ]) {
      const created = await backend.dispatch('articles.create', article);
      if (!created.ok) throw new Error(created.error.message);
      ids[article.title] = (created.value as { id: string }).id;
    }
    backend.close();
    return { dataDir, ids };
  }

  it('prints the hits best first with outlet, date, id and the snippet’s matches in brackets', async () => {
    const { dataDir, ids } = await workspace();
    const result = await runCli(['search', 'torkham', '--data-dir', dataDir], {});
    expect(result).toEqual({
      code: 0,
      stdout: [
        '1. Torkham reopens',
        `   no outlet · no date · ${ids['Torkham reopens']}`,
        '   The crossing reopened after talks.',
        '',
        '2. Trade slows',
        `   Dawn · 2025-04-17 · ${ids['Trade slows']}`,
        '   Trucks queued at [Torkham]. Traders blamed the new rules.',
        '',
        '2 matches.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('joins several arguments into one query', async () => {
    const { dataDir } = await workspace();
    const result = await runCli(['search', 'trucks', 'torkham', '--json', '--data-dir', dataDir], {});
    expect(JSON.parse(result.stdout).total).toBe(1);
  });

  it('shows at most --limit hits and says how many there are', async () => {
    const { dataDir } = await workspace();
    const result = await runCli(['search', 'torkham', '--limit', '1', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\. Torkham reopens\n/);
    expect(result.stdout).not.toContain('Trade slows');
    expect(result.stdout).toMatch(/\nShowing the best 1 of 2 matches; --limit N shows more\.\n$/);
  });

  it('prints the search page as JSON with --json', async () => {
    const { dataDir, ids } = await workspace();
    const result = await runCli(['search', 'trucks', '--json', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const page = SearchPage.parse(JSON.parse(result.stdout));
    expect(page.total).toBe(1);
    expect(page.hits[0]!.article.id).toBe(ids['Trade slows']);
    expect(page.hits[0]!.snippet[0]).toEqual({ text: 'Trucks', match: true });
  });

  it('says "No matches." and exits 0 when nothing matches', async () => {
    const { dataDir } = await workspace();
    expect(await runCli(['search', 'Gwadar', '--data-dir', dataDir], {})).toEqual({ code: 0, stdout: 'No matches.\n', stderr: '' });
  });

  it('exits 1 with the reason for a query it cannot search', async () => {
    const { dataDir } = await workspace();
    const result = await runCli(['search', '--data-dir', dataDir, '--', '-trade'], {});
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^parallax: Add a word to search for/);
  });

  it('refuses a --limit that is not a number from 1 to 200 as a usage mistake', async () => {
    for (const limit of ['0', '201', 'ten']) {
      const result = await runCli(['search', 'talks', '--limit', limit, '--data-dir', tempDir()], {});
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--limit must be a number from 1 to 200, not “${limit}”.`);
    }
  });

  it('needs a query', async () => {
    const result = await runCli(['search', '--data-dir', tempDir()], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('parallax search needs <query…>.');
  });
});
