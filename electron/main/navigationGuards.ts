import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';

export type OpenExternal = (url: string) => unknown;

/** Only web links may leave the app, in the user's browser; never file:, javascript:, custom schemes. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * `will-navigate`: the window never leaves the app page. A clicked web link (imported articles
 * carry their source URL) opens in the user's browser instead.
 */
export function denyNavigation(event: { preventDefault(): void }, url: string, openExternal: OpenExternal): void {
  event.preventDefault();
  if (isWebLink(url)) openExternal(url);
}

/** `setWindowOpenHandler`: no new Electron windows; web links go to the user's browser. */
export function denyWindowOpen(details: Pick<HandlerDetails, 'url'>, openExternal: OpenExternal): WindowOpenHandlerResponse {
  if (isWebLink(details.url)) openExternal(details.url);
  return { action: 'deny' };
}
