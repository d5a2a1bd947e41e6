import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/app.js';
import { call, caseWord, MARKDOWN_VECTORS, seedHostileWorkspace, SPREADSHEET_VECTORS, type HostileWorkspace } from '../helpers/hostileWorkspace.js';
import { securityPayloads } from '../helpers/securityPayloads.js';
import { useBrowserHost } from './helpers/browserHost.js';
import { injectedMarkup, setTrap, type Caught, type Trap } from './helpers/trap.js';

const PAYLOADS = [...securityPayloads(), ...MARKDOWN_VECTORS, ...SPREADSHEET_VECTORS];
/** The articles opened in the reader: the OWASP list and the Markdown vectors (every payload is in the briefing preview). */
const READER_SWEEP = PAYLOADS.flatMap((payload, i) => (/^xss_payloads|^markdown/.test(payload.label) ? [i] : []));
const NOTHING: Caught = { dialogs: [], ran: [], requests: [], scripts: [] };
/** Where an exported file is served from in the test: any other request is a leak. */
const EXPORT_ORIGIN = 'http://export.parallax.test';

describe('hostile notes, previews, snippets and exported HTML in Chromium', () => {
  const app = useBrowserHost();

  /** The app on a workspace holding every payload, its page armed with the trap. */
  async function hostileApp(): Promise<{ page: Page; trap: Trap; workspace: HostileWorkspace; dataDir: string }> {
    const dataDir = app.tempDir();
    const { host, browser } = await app.start(dataDir);
    const workspace = await seedHostileWorkspace(host.backend, PAYLOADS);
    const trap = setTrap(browser.context);
    trap.allow(host.origin);
    const page = await app.open((page) => trap.arm(page));
    return { page, trap, workspace, dataDir };
  }

  async function search(page: Page, query: string) {
    await page.keyboard.press('Control+K');
    const field = page.getByLabel('Search the library');
    await field.fill(query);
    await field.press('Enter');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    return results;
  }

  it('shows highlight notes and article notes holding payloads as text, without running or fetching anything', async () => {
    const { page, trap } = await hostileApp();
    for (const i of READER_SWEEP) {
      const results = await search(page, caseWord(i));
      await results.locator('[data-hit]').first().click();
      const article = page.getByRole('article');
      // This article, not the one before: its own word is marked in the text.
      await article.locator('mark.reader-hit', { hasText: new RegExp(`^${caseWord(i)}$`) }).waitFor();
      const panel = page.getByRole('complementary', { name: 'Highlights' });
      await panel.getByRole('tab', { name: /^Highlights/ }).click();
      const highlight = panel.getByRole('list', { name: 'Highlights in text order' }).locator('.note-preview');
      await highlight.waitFor();
      await highlight.hover();
      expect(await injectedMarkup(highlight), PAYLOADS[i]!.label).toEqual([]);
      await panel.getByRole('tab', { name: /^Note/ }).click();
      const note = panel.getByRole('region', { name: 'Note preview' });
      await note.hover();
      expect(await injectedMarkup(note), PAYLOADS[i]!.label).toEqual([]);
    }
    expect(await trap.caught(page)).toEqual(NOTHING);
  }, 240_000);

  it('shows search snippets holding payloads as text only', async () => {
    const { page, trap } = await hostileApp();
    const results = await search(page, 'onerror');
    await expect.poll(() => results.locator('.search-hit').count()).toBeGreaterThan(10);
    for (const hit of await results.locator('.search-hit').all()) {
      await hit.hover();
      // The title is the app's own button; what it and the snippet show is the article's text.
      for (const shown of [hit.locator('.search-hit-title'), hit.locator('.search-hit-snippet')]) expect(await injectedMarkup(shown)).toEqual([]);
    }
    // The markup is on show as text, and the matched word is marked.
    expect(await results.textContent()).toContain('onerror=');
    expect(await results.locator('mark').first().textContent()).toMatch(/onerror/i);
    expect(await trap.caught(page)).toEqual(NOTHING);
  }, 120_000);

  it('previews a briefing note whose Markdown, quotations, speakers, outlets and links carry every payload', async () => {
    const { page, trap, workspace } = await hostileApp();
    await page.getByRole('navigation', { name: 'Rooms' }).getByRole('button', { name: 'Notes' }).click();
    await page.getByRole('button', { name: /^Hostile sweep/ }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    const sources = preview.getByRole('region', { name: 'Sources' });
    await sources.waitFor();
    expect(await sources.getByRole('listitem').count()).toBe(workspace.items.length);
    expect(await preview.getByRole('figure').count()).toBe(workspace.items.length);
    for (const paragraph of (await preview.locator('.markdown').all()).slice(0, 60)) await paragraph.hover();
    expect(await injectedMarkup(preview)).toEqual([]);
    expect(await trap.caught(page)).toEqual(NOTHING);
  }, 120_000);

  it('has a trap that catches a page that does run script and fetch', async () => {
    const { browser } = await app.start();
    const trap = setTrap(browser.context);
    const url = `${EXPORT_ORIGIN}/live.html`;
    trap.allow(url);
    const view = await browser.context.newPage();
    await trap.arm(view, { scripts: true });
    await view.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ contentType: 'text/html', body: '<h1>Live</h1><img src="http://xss.rocks/x.png" onerror="alert(1)"><script>confirm(2)</script>' })
        : route.abort(),
    );
    await view.goto(url);
    await expect.poll(async () => (await trap.caught(view)).ran).toEqual(['confirm', 'alert']);
    const caught = await trap.caught(view);
    expect(caught.requests).toEqual(['http://xss.rocks/x.png']);
    expect(caught.scripts.length).toBe(2);
    expect(await injectedMarkup(view.locator('body'))).toEqual(['<img>', '<script>', 'img[onerror]']);
  });

  it('loads the exported HTML and the print HTML of that note in Chromium without a dialog, a script or a request', async () => {
    const { page, trap, workspace, dataDir } = await hostileApp();
    await page.getByRole('navigation', { name: 'Rooms' }).getByRole('button', { name: 'Notes' }).click();
    await page.getByRole('button', { name: /^Hostile sweep/ }).click();
    const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as HTML' }).click()])) as [Download, unknown];
    const exported = readFileSync(await download.path(), 'utf8');

    // The page the backend hands its PDF printer, from a second backend on the same workspace.
    let printed = '';
    const printing = startBackend(dataDir, { printPdf: async (html) => ((printed = html), new Uint8Array()) });
    try {
      await call(printing, 'export.briefing', { id: workspace.briefingId, format: 'pdf' });
    } finally {
      printing.close();
    }
    expect(printed).toContain('<h1>Hostile sweep');

    const documents = {
      exported,
      printed,
      // The markup alone must be inert: the same file with its Content-Security-Policy taken out.
      'exported, without its Content-Security-Policy': exported.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    };
    for (const [name, html] of Object.entries(documents)) {
      const url = `${EXPORT_ORIGIN}/${encodeURIComponent(name)}.html`;
      trap.allow(url);
      const view = await page.context().newPage();
      await trap.arm(view, { scripts: true });
      // Only the document itself is answered; anything else it asked for would be recorded, then refused.
      await view.route('**/*', (route) =>
        route.request().url() === url ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
      );
      await view.goto(url);
      await view.getByRole('heading', { level: 1 }).waitFor();
      for (const quote of (await view.locator('figure').all()).slice(0, 60)) await quote.hover();
      expect(await injectedMarkup(view.locator('body')), name).toEqual([]);
      expect(await trap.caught(view), name).toEqual(NOTHING);
      await view.close();
    }
  }, 180_000);
});
