import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNodeScript, summariseFailure } from '../../electron/build/run.js';
import { useTempDirs } from '../helpers/tempDir.js';

describe('summariseFailure', () => {
  it('picks the network error out of a downloader warning', () => {
    expect(summariseFailure('prebuild-install warn install getaddrinfo ENOTFOUND github.com\n')).toBe(
      'network unreachable (getaddrinfo ENOTFOUND github.com)',
    );
  });

  it('recognises a fetch that failed under a stack trace', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async downloadArtifact (index.js:154:12)\n';
    expect(summariseFailure(output)).toBe('network unreachable (fetch failed)');
  });

  it("recognises node-gyp's connectivity failure", () => {
    const output = 'gyp ERR! stack is related to network connectivity. In most cases you are behind a proxy\ngyp ERR! not ok\n';
    expect(summariseFailure(output)).toBe('network unreachable (network connectivity)');
  });

  it('otherwise gives the last line that is not a stack frame', () => {
    expect(summariseFailure('building\nerror: python not found\n    at configure (x.js:1:1)\n')).toBe('error: python not found');
  });
});

describe('runNodeScript', () => {
  const tempDir = useTempDirs();
  const script = (source: string) => {
    const file = join(tempDir(), 'script.mjs');
    writeFileSync(file, source);
    return file;
  };

  it('reports success', async () => {
    await expect(runNodeScript(script('process.exit(0)'), [], { cwd: process.cwd() })).resolves.toEqual({ ok: true });
  });

  it('reports the exit code and what the script said last', async () => {
    const failing = script('console.error("error: python not found"); process.exit(3)');
    await expect(runNodeScript(failing, [], { cwd: process.cwd() })).resolves.toEqual({ ok: false, reason: 'exited with 3: error: python not found' });
  });

  it('passes its arguments and kills a script that outlives its time limit', async () => {
    const hanging = script('if (process.argv[2] === "hang") setInterval(() => {}, 1000);');
    await expect(runNodeScript(hanging, ['hang'], { cwd: process.cwd(), timeoutMs: 300 })).resolves.toEqual({ ok: false, reason: 'timed out after 0.3 s' });
  });
});
