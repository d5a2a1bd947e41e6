import type { Transport } from './client';
import { httpTransport } from './httpTransport';
import { ipcTransport } from './ipcTransport';

/** The desktop shell's preload provides `window.parallax`; without it the page is in browser mode. */
export function pickTransport(win: Window = window): Transport {
  return win.parallax ? ipcTransport(win.parallax) : httpTransport;
}
