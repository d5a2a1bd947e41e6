import type { Page } from 'playwright-core';
import { afterEach, beforeAll } from 'vitest';
import { startHost, type HostHandle } from '../../../electron/host/server.js';
import { useTempDirs } from '../../helpers/tempDir.js';
import { launchChromium, type TestBrowser } from './browser.js';
import { assertRendererBuilt } from './renderer.js';

export interface BrowserHost {
  /** A fresh folder, removed after the test (after the host has closed). */
  tempDir(): string;
  /**
   * Starts the browser-mode host on `dataDir` (a fresh folder by default), closing one already
   * running (a restart on the same data), and Chromium the first time.
   */
  start(dataDir?: string): Promise<{ host: HostHandle; browser: TestBrowser }>;
  /** A new tab on the running host's hand-over address; `prepare` runs on the page before it loads. */
  open(prepare?: (page: Page) => void | Promise<void>): Promise<Page>;
}

/** The built app served in browser mode and driven by Chromium; both closed after each test. */
export function useBrowserHost(): BrowserHost {
  const tempDir = useTempDirs();
  let browser: TestBrowser | undefined;
  let host: HostHandle | undefined;

  beforeAll(assertRendererBuilt);

  afterEach(async () => {
    await browser?.close();
    await host?.close();
    browser = host = undefined;
  });

  return {
    tempDir,
    async start(dataDir = tempDir()) {
      await host?.close();
      host = undefined;
      host = await startHost({ dataDir, port: 0, open: false });
      browser ??= await launchChromium();
      return { host, browser };
    },
    async open(prepare) {
      if (!host || !browser) throw new Error('useBrowserHost: call start() before open().');
      const page = await browser.context.newPage();
      await prepare?.(page);
      await page.goto(host.url);
      return page;
    },
  };
}
