import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../../electron/cli/main.js';

export const FIXTURE_ARTICLE = fileURLToPath(
  new URL('../../../shared/fixtures/articles/jcc-kabul-talks.txt', import.meta.url),
);
export const FIXTURE_TEXT = readFileSync(FIXTURE_ARTICLE, 'utf8');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `parallax …argv` in-process. Pass an env: the default workspace is the user's real one. */
export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

/** `parallax list --json` parsed. */
export async function listArticles(dataDir: string): Promise<Record<string, unknown>[]> {
  const listed = await runCli(['list', '--json', '--data-dir', dataDir], {});
  if (listed.code !== 0) throw new Error(listed.stderr);
  return JSON.parse(listed.stdout) as Record<string, unknown>[];
}
