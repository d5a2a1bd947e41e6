import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

describe('parallax restore', () => {
  const tempDir = useTempDirs();

  /** A workspace with one article, backed up to a file, then given a second article. */
  async function backedUp() {
    const dataDir = tempDir();
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const backup = join(tempDir(), 'backup.sqlite');
    expect((await runCli(['backup', '--out', backup, '--data-dir', dataDir], {})).code).toBe(0);
    const later = join(tempDir(), 'later.txt');
    writeFileSync(later, 'Later news\n\nA second article written after the backup was taken.');
    await runCli(['import', later, '--data-dir', dataDir], {});
    return { dataDir, backup };
  }

  it('replaces the workspace with the backup and prints where the replaced one was kept', async () => {
    const { dataDir, backup } = await backedUp();
    expect(await listArticles(dataDir)).toHaveLength(2);
    const result = await runCli(['restore', backup, '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const kept = /kept at (.+)$/m.exec(result.stdout)?.[1];
    expect(kept).toMatch(/workspace-replaced-.+\.sqlite$/);
    expect(existsSync(kept!)).toBe(true);
    expect(await listArticles(dataDir)).toHaveLength(1);
  });

  it('refuses a file that is not a workspace and leaves the workspace as it was', async () => {
    const { dataDir } = await backedUp();
    const bogus = join(tempDir(), 'bogus.sqlite');
    writeFileSync(bogus, 'not a database at all, only some words\n'.repeat(10));
    const result = await runCli(['restore', bogus, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not an SQLite database/);
    expect(await listArticles(dataDir)).toHaveLength(2);
    expect(readdirSync(dataDir).some((name) => name.startsWith('workspace-replaced'))).toBe(false);
  });

  it('needs the file to restore', async () => {
    const result = await runCli(['restore', '--data-dir', tempDir()], {});
    expect(result.code).toBe(2);
  });
});
