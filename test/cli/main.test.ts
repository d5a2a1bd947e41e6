import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, listArticles, runCli } from './runCli.js';

describe('parallax (global options and usage)', () => {
  const tempDir = useTempDirs();

  it('takes --data-dir before the command name', async () => {
    const [dataDir, envDir] = [tempDir(), tempDir()];
    const result = await runCli(['--data-dir', dataDir, 'import', FIXTURE_ARTICLE], { PARALLAX_DATA_DIR: envDir });
    expect(result.code).toBe(0);
    expect(await listArticles(dataDir)).toHaveLength(1);
    expect(existsSync(join(envDir, 'workspace.sqlite'))).toBe(false);
  });

  it('takes --data-dir after the command name, also as --data-dir=DIR', async () => {
    const [dataDir, envDir] = [tempDir(), tempDir()];
    expect((await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], { PARALLAX_DATA_DIR: envDir })).code).toBe(0);
    const listed = await runCli(['list', `--data-dir=${dataDir}`, '--json'], { PARALLAX_DATA_DIR: envDir });
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
    expect(existsSync(join(envDir, 'workspace.sqlite'))).toBe(false);
  });

  it('uses PARALLAX_DATA_DIR when no --data-dir is given', async () => {
    const envDir = tempDir();
    expect((await runCli(['import', FIXTURE_ARTICLE], { PARALLAX_DATA_DIR: envDir })).code).toBe(0);
    expect(await listArticles(envDir)).toHaveLength(1);
  });

  it.each([['--help'], ['-h'], ['help']])('prints the usage of every command for %s', async (flag) => {
    const result = await runCli([flag], {});
    expect(result.code).toBe(0);
    for (const usage of ['parallax serve [--port N] [--no-open]', 'parallax import <path…> [--json]', 'parallax list [--json]', 'parallax check [--json]', '--data-dir DIR']) {
      expect(result.stdout).toContain(usage);
    }
  });

  it('prints one command’s usage for `help import` and `import --help`', async () => {
    for (const argv of [['help', 'import'], ['import', '--help']]) {
      const result = await runCli(argv, {});
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: parallax import <path…> \[--json\]/);
    }
  });

  it('prints the version from package.json for --version', async () => {
    const result = await runCli(['--version'], {});
    expect(result).toEqual({ code: 0, stdout: 'parallax 0.1.0\n', stderr: '' });
  });

  it.each([
    [['frobnicate'], /Unknown command “frobnicate”/],
    [['list', '--colour'], /Unknown option --colour/],
    [['list', '--port', '80'], /parallax list does not take --port/],
    [['list', 'extra'], /Unexpected argument “extra”/],
    [['import'], /parallax import needs <path…>/],
    [['list', '--data-dir'], /--data-dir needs a value \(DIR\)/],
    [['serve', '--port', 'eighty'], /--port must be a number from 0 to 65535/],
    [[], /Usage: parallax <command>/],
  ])('exits 2 with the problem on stderr for %j', async (argv, problem) => {
    const result = await runCli(argv, { PARALLAX_DATA_DIR: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(result.stdout).toBe('');
  });

  it('ends a usage error with a pointer to --help, on one line', async () => {
    const { stderr } = await runCli(['frobnicate'], {});
    expect(stderr).toBe('parallax: Unknown command “frobnicate”. Run parallax --help\n');
  });
});
