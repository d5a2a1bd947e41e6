import { isAppUrl } from './appProtocol.js';

/** The part of Electron's WebFrameMain the check needs (so tests can pass plain objects). */
export interface FrameLike {
  readonly url: string;
}

/**
 * Only the main window's top frame, showing the app's own page, may call the backend: not a
 * subframe, not a page that navigated elsewhere, not a frame already gone (null).
 */
export function isTrustedSender(senderFrame: FrameLike | null, mainFrame: FrameLike | undefined): boolean {
  return senderFrame != null && senderFrame === mainFrame && isAppUrl(senderFrame.url);
}
