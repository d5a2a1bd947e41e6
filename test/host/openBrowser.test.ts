import { EventEmitter } from 'node:events';
import type { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from '../../electron/host/openBrowser.js';

const URL_ = 'http://127.0.0.1:4321/?token=abc-_123';

function fakeSpawn(calls: { command: string; args: readonly string[] }[], behave: (child: EventEmitter) => void = () => {}) {
  return ((command: string, args: readonly string[]) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { unref: () => {} });
    queueMicrotask(() => behave(child));
    return child;
  }) as unknown as typeof spawn;
}

describe('openBrowser', () => {
  it('uses the platform’s opener with the URL as a single argument', () => {
    expect(browserCommand(URL_, 'linux')).toEqual({ command: 'xdg-open', args: [URL_] });
    expect(browserCommand(URL_, 'darwin')).toEqual({ command: 'open', args: [URL_] });
    expect(browserCommand(URL_, 'win32')).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', URL_] });
  });

  it('spawns the opener', () => {
    const calls: { command: string; args: readonly string[] }[] = [];
    openBrowser(URL_, { platform: 'linux', spawn: fakeSpawn(calls) });
    expect(calls).toEqual([{ command: 'xdg-open', args: [URL_] }]);
  });

  it('only logs when the opener is missing', async () => {
    const lines: string[] = [];
    const calls: { command: string; args: readonly string[] }[] = [];
    const done = new Promise<void>((resolve) => {
      openBrowser(URL_, {
        platform: 'linux',
        spawn: fakeSpawn(calls, (child) => child.emit('error', new Error('spawn xdg-open ENOENT'))),
        log: (line) => {
          lines.push(line);
          resolve();
        },
      });
    });
    await done;
    expect(lines[0]).toMatch(/Could not open a browser .*ENOENT/);
  });

  it('only logs when spawning throws', () => {
    const lines: string[] = [];
    const throwing = (() => {
      throw new Error('EACCES');
    }) as unknown as typeof spawn;
    expect(() => openBrowser(URL_, { platform: 'linux', spawn: throwing, log: (line) => lines.push(line) })).not.toThrow();
    expect(lines[0]).toMatch(/EACCES/);
  });
});
