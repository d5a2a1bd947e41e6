import type { Session } from 'electron';
import { isAppBlob } from './requestFilter.js';

interface DownloadItemLike {
  getURL(): string;
}

/**
 * Exports reach the disk as downloads: the renderer hands a `blob:` of the file to an
 * `<a download>`, and Electron shows its native save dialog (the default, kept: no path is
 * set here, so the analyst always chooses where it goes). Only the app's own blobs may be saved;
 * a download of anything else is cancelled before it starts.
 */
export function shouldDownload(url: string): boolean {
  return isAppBlob(url);
}

export function guardDownloads(session: Pick<Session, 'on'>): void {
  session.on('will-download', (event: { preventDefault(): void }, item: DownloadItemLike) => {
    if (!shouldDownload(item.getURL())) event.preventDefault();
  });
}
