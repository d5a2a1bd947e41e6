import { run } from '../../electron/cli/main.js';
import { fixturePath, JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';

export const FIXTURE_ARTICLE = fixturePath(JCC_ARTICLE);
export const FIXTURE_TEXT = readFixture(JCC_ARTICLE);

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
