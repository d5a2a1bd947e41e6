import { describe, expect, it, vi } from 'vitest';
import { guardDownloads, shouldDownload } from '../../electron/main/downloads.js';
import { denyNavigation } from '../../electron/main/navigationGuards.js';
import { isAllowedRequest } from '../../electron/main/requestFilter.js';

type WillDownload = (event: { preventDefault(): void }, item: { getURL(): string }) => void;

describe('downloads', () => {
  const exportBlob = 'blob:parallax://app/7d9e0c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';

  function installed() {
    let listener: WillDownload | undefined;
    const session = { on: (event: string, handler: WillDownload) => event === 'will-download' && (listener = handler) };
    guardDownloads(session as unknown as Parameters<typeof guardDownloads>[0]);
    return (url: string) => {
      const event = { preventDefault: vi.fn() };
      listener!(event, { getURL: () => url });
      return event.preventDefault.mock.calls.length === 0;
    };
  }

  it("lets an export the page made go to Electron's save dialog", () => {
    expect(installed()(exportBlob)).toBe(true);
  });

  it('cancels downloads of anything else', () => {
    const download = installed();
    for (const url of ['https://example.com/payload.exe', 'file:///etc/passwd', 'blob:https://example.com/x', 'data:text/plain,hi']) {
      expect(download(url)).toBe(false);
    }
  });

  it('is reached: the request filter lets the blob through', () => {
    expect(isAllowedRequest(exportBlob, { packaged: true })).toBe(true);
    expect(shouldDownload(exportBlob)).toBe(true);
  });

  it('hands no blob to the operating system when a navigation to it is stopped', () => {
    const openExternal = vi.fn();
    const event = { preventDefault: vi.fn() };
    denyNavigation(event, exportBlob, openExternal);
    expect(openExternal).not.toHaveBeenCalled();
  });
});
