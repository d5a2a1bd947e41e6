import { BrowserWindow } from 'electron';

/**
 * Export PDFs with Chromium's own printing: a hidden offscreen window that runs no script and
 * has no preload, loading the document (fonts inlined) as a data: URL, which the offline
 * request filter allows. Its options are written out for the security audit.
 */
export async function printPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      offscreen: true,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
  } finally {
    window.destroy();
  }
}
