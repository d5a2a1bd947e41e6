import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir.js';
import { FIXTURE_ARTICLE, runCli } from './runCli.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = 'electron/cli/bin.mjs';

describe('electron/cli/bin.mjs', () => {
  const tempDir = useTempDirs();

  it('runs the TypeScript CLI under plain node', async () => {
    const dataDir = tempDir();
    await runCli(['import', FIXTURE_ARTICLE, '--data-dir', dataDir], {});
    const { stdout } = await promisify(execFile)('node', [BIN, 'list', '--json', '--data-dir', dataDir], { cwd: REPO });
    expect(JSON.parse(stdout)).toMatchObject([{ title: 'jcc kabul talks', dateline: 'ISLAMABAD' }]);
  });

  it('serves on 127.0.0.1, prints the address with its token, and stops cleanly on SIGTERM', async () => {
    const child = spawn('node', [BIN, 'serve', '--no-open', '--port', '0', '--data-dir', tempDir()], { cwd: REPO });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}: ${stdout}`)));
    });
    const answer = await fetch(url, { redirect: 'manual' });
    expect(answer.status).toBe(303);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/Parallax stopped\.\n$/);
  });
});
