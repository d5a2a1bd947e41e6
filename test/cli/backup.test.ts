import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, runCli } from './runCli.js';

describe('parallax backup', () => {
  const tempDir = useTempDirs();

  async function workspaceWithArticle(): Promise<string> {
    const dataDir = tempDir();
    expect((await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {})).code).toBe(0);
    return dataDir;
  }

  it('writes a checked copy of the workspace to --out', async () => {
    const dataDir = await workspaceWithArticle();
    const out = join(tempDir(), 'copy.sqlite');
    const result = await runCli(['backup', '--out', out, '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Backed up the workspace to ${out}`);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM article').pluck().get()).toBe(1);
    copy.close();
    expect((await runCli(['check', '--data-dir', dataDir], {})).code).toBe(0);
  });

  it('puts a manual backup in the backups folder without --out', async () => {
    const dataDir = await workspaceWithArticle();
    const result = await runCli(['backup', '--data-dir', dataDir], {});
    expect(result.code).toBe(0);
    const manual = readdirSync(join(dataDir, 'backups')).filter((name) => name.startsWith('backup-'));
    expect(manual).toHaveLength(1);
    expect(result.stdout).toContain(join(dataDir, 'backups', manual[0]!));
  });

  it('exits 1 naming the folder when the folder of --out does not exist', async () => {
    const dataDir = await workspaceWithArticle();
    const out = join(tempDir(), 'missing', 'copy.sqlite');
    const result = await runCli(['backup', '--out', out, '--data-dir', dataDir], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the folder ${dirname(out)} does not exist`);
  });
});
