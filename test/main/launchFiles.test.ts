import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFiles } from '../../electron/main/launchFiles.js';

describe('launch files', () => {
  it('takes the arguments after the packaged executable, resolved against the launch folder', () => {
    expect(launchFiles(['/opt/Parallax/parallax', 'talks.pdf', '/data/news'], { cwd: '/home/analyst', packaged: true })).toEqual([
      resolve('/home/analyst', 'talks.pdf'),
      resolve('/data/news'),
    ]);
  });

  it('skips the app folder electron is started on in development', () => {
    expect(launchFiles(['/repo/node_modules/electron/dist/electron', '/repo', 'a.txt'], { cwd: '/tmp', packaged: false })).toEqual([resolve('/tmp', 'a.txt')]);
  });

  it("drops Chromium's and Electron's switches", () => {
    expect(launchFiles(['parallax', '--no-sandbox', '--enable-logging', '-psn_0_12345', 'a.txt'], { cwd: '/w', packaged: true })).toEqual([resolve('/w', 'a.txt')]);
  });

  it('finds nothing in a plain launch', () => {
    expect(launchFiles(['parallax'], { cwd: '/w', packaged: true })).toEqual([]);
  });
});
