import { describe, expect, it, vi } from 'vitest';
import { browserFallbackMessage, decideLaunch } from '../../electron/build/launchDecision.js';

describe('launch decision', () => {
  const electron = { ok: true as const, path: '/electron/dist/electron' };
  const native = { ok: true as const, path: '/cache/better_sqlite3.node' };

  it('opens the desktop window when Electron and its native build are both there', async () => {
    await expect(decideLaunch(electron, async () => native)).resolves.toEqual({
      mode: 'electron',
      electronPath: '/electron/dist/electron',
      nativeBinding: '/cache/better_sqlite3.node',
    });
  });

  it('falls back to the browser mode without Electron, and does not build the native module', async () => {
    const prepareNative = vi.fn(async () => native);
    const launch = await decideLaunch({ ok: false, reason: 'the Electron binary could not be downloaded' }, prepareNative);
    expect(launch).toMatchObject({ mode: 'browser' });
    expect(prepareNative).not.toHaveBeenCalled();
  });

  it('falls back to the browser mode, saying why, when the native build fails', async () => {
    const launch = await decideLaunch(electron, async () => ({ ok: false, reason: 'better-sqlite3 could not be built' }));
    expect(launch.mode === 'browser' && launch.message).toContain('better-sqlite3 could not be built');
  });

  describe('fallback message', () => {
    const message = browserFallbackMessage('network unreachable (getaddrinfo ENOTFOUND github.com)');

    it('is one paragraph', () => {
      expect(message).not.toContain('\n');
    });

    it('says why the desktop window cannot open', () => {
      expect(message).toContain('cannot open its desktop window here: network unreachable (getaddrinfo ENOTFOUND github.com).');
    });

    it('says it is starting the browser mode on this machine with the same workspace', () => {
      expect(message).toMatch(/Starting the browser mode instead/);
      expect(message).toContain('127.0.0.1');
      expect(message).toContain('same workspace');
    });

    it('says how to get the desktop window later', () => {
      expect(message).toContain('Run `npm start` again');
    });
  });
});
