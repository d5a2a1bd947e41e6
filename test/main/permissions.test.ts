import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../electron/main/permissions.js';

type RequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;

describe('permissions', () => {
  function installed() {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (check = handler),
    };
    denyAllPermissions(session as unknown as Parameters<typeof denyAllPermissions>[0]);
    return { request: request!, check: check! };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses a %s request', (permission) => {
    const callback = vi.fn();
    installed().request({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers no to every permission check, even from the app origin', () => {
    expect(installed().check({}, 'media', 'parallax://app', {})).toBe(false);
  });
});
