import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

describe('parallax bundle', () => {
  const tempDir = useTempDirs();

  async function twoArticles(): Promise<string> {
    const dataDir = tempDir();
    const second = join(tempDir(), 'second.txt');
    writeFileSync(second, 'Second article\n\nAnother report from the border, for the bundle.');
    expect((await runCli(['import', FIXTURE_ARTICLE, second, '--data-dir', dataDir], {})).code).toBe(0);
    return dataDir;
  }

  it('exports every article with --all and imports them into another workspace, printing counts', async () => {
    const from = await twoArticles();
    const into = tempDir();
    const file = join(tempDir(), 'all.parallax-bundle');
    const exported = await runCli(['bundle', 'export', '--all', '--out', file, '--data-dir', from], {});
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Wrote 2 articles to ${file}`);
    const imported = await runCli(['bundle', 'import', file, '--data-dir', into], {});
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^articles +2 added, 0 updated, 0 unchanged$/m);
    const ids = (dir: string) => listArticles(dir).then((list) => list.map((a) => a.id).sort());
    expect(await ids(into)).toEqual(await ids(from));
    const again = await runCli(['bundle', 'import', file, '--data-dir', into], {});
    expect(again.stdout).toMatch(/^articles +0 added, 0 updated, 2 unchanged$/m);
  });

  it('exports only the articles named with --article', async () => {
    const from = await twoArticles();
    const [first] = await listArticles(from);
    const file = join(tempDir(), 'one.parallax-bundle');
    expect((await runCli(['bundle', 'export', '--article', String(first!.id), '--out', file, '--data-dir', from], {})).code).toBe(0);
    const into = tempDir();
    await runCli(['bundle', 'import', file, '--data-dir', into], {});
    expect((await listArticles(into)).map((a) => a.id)).toEqual([first!.id]);
  });

  it('exits 1 for an unknown article and for a file that is not a bundle', async () => {
    const from = await twoArticles();
    const unknown = await runCli(
      ['bundle', 'export', '--article', '00000000-0000-4000-8000-000000000000', '--out', join(tempDir(), 'x.parallax-bundle'), '--data-dir', from],
      {},
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no article 00000000-0000-4000-8000-000000000000');
    const notBundle = join(tempDir(), 'notes.txt');
    writeFileSync(notBundle, 'plain text');
    const refused = await runCli(['bundle', 'import', notBundle, '--data-dir', from], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a Parallax bundle/);
  });

  it('treats a missing --out, a missing choice of articles or an unknown action as usage mistakes', async () => {
    const dataDir = tempDir();
    const out = join(tempDir(), 'x.parallax-bundle');
    expect((await runCli(['bundle', 'export', '--all', '--data-dir', dataDir], {})).code).toBe(2);
    expect((await runCli(['bundle', 'export', '--out', out, '--data-dir', dataDir], {})).code).toBe(2);
    expect((await runCli(['bundle', 'publish', '--data-dir', dataDir], {})).code).toBe(2);
  });
});
