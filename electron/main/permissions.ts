import type { Session } from 'electron';

/**
 * The workbench needs no browser permission (camera, microphone, location, notifications,
 * clipboard reads, …): every request is refused and every check answers no.
 */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
