import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocxArticle, DOCX_ARTICLE } from '../backend/import/importFixtures.js';
import { fixturePath, JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { useBrowserHost } from './helpers/browserHost.js';
import { setTrap } from './helpers/trap.js';

const JCC_TITLE = 'Pakistan and Afghanistan revive JCC talks';
const PHRASE = 'Joint Coordination Committee';

/** A folder as an analyst keeps it: articles in several formats, a subfolder, junk to skip. */
async function articleFolder(root: string): Promise<string> {
  const folder = join(root, 'pak-afghan');
  mkdirSync(join(folder, 'urdu'), { recursive: true });
  mkdirSync(join(folder, '.cache'), { recursive: true });
  writeFileSync(join(folder, 'jcc-kabul-talks.txt'), `${JCC_TITLE}\n\n${readFixture(JCC_ARTICLE)}`);
  copyFileSync(fixturePath('../library/news-page.html'), join(folder, 'news-page.html'));
  copyFileSync(fixturePath('../library/urdu-windows-1256.html'), join(folder, 'urdu', 'urdu-page.html'));
  writeFileSync(join(folder, 'kabul-visit.docx'), await buildDocxArticle());
  writeFileSync(join(folder, '.cache', 'state.txt'), 'not an article');
  writeFileSync(join(folder, 'setup.exe'), 'MZ');
  return folder;
}

/** Every payload of the shared security fixtures, as an analyst might receive them. */
function hostileFolder(root: string): string {
  const folder = join(root, 'hostile');
  mkdirSync(folder, { recursive: true });
  const payloads = readFileSync(fixturePath('security/xss_payloads.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const vectors = (JSON.parse(readFileSync(fixturePath('security/dompurify-vectors.json'), 'utf8')) as { payload: string }[]).map(
    (v) => v.payload,
  );
  const page = (title: string, items: string[]) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>` +
    items.map((p, i) => `<p>Paragraph ${i} of a report on the border talks between both delegations. ${p} The talks went on.</p>`).join('\n') +
    `</article></body></html>`;
  writeFileSync(join(folder, 'xss-payloads.html'), page('Payload page', payloads));
  writeFileSync(join(folder, 'dompurify-vectors.html'), page('Vector page', vectors));
  writeFileSync(join(folder, 'xss-payloads.txt'), `Payloads as text\n\n${payloads.join('\n\n')}`);
  copyFileSync(fixturePath('../library/hostile-page.html'), join(folder, 'hostile-page.html'));
  return folder;
}

function openRoom(page: Page, room: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Rooms' }).getByRole('button', { name: room }).click();
}

describe('the library in browser mode', () => {
  const app = useBrowserHost();

  async function importFolder(page: Page, folder: string): Promise<string> {
    await page.getByLabel('Choose a folder to import').setInputFiles(folder);
    const results = page.getByRole('region', { name: 'Import results' });
    await results.waitFor({ timeout: 60_000 });
    return (await results.textContent()) ?? '';
  }

  it('imports a folder, finds a phrase, opens the hit with the phrase marked, and reads Urdu right to left', async () => {
    const { browser } = await app.start();
    const page = await app.open();

    const summary = await importFolder(page, await articleFolder(app.tempDir()));
    expect(summary).toContain('4 imported');
    expect(summary).toMatch(/2 skipped/);
    expect(summary).toContain('hidden file');
    expect(summary).toContain('.exe files are not supported');
    await page.getByRole('grid').getByRole('row').filter({ hasText: DOCX_ARTICLE.title }).waitFor();

    await page.keyboard.press('Control+K');
    const search = page.getByLabel('Search the library');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill(`"${PHRASE}"`);
    await search.press('Enter');
    const hit = page.getByRole('button', { name: JCC_TITLE, exact: true });
    await hit.waitFor();
    await hit.click();

    const article = page.getByRole('article');
    await article.getByRole('heading', { level: 1, name: JCC_TITLE, exact: true }).waitFor();
    const marks = article.locator('mark.reader-hit');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe(PHRASE);

    await openRoom(page, 'Library');
    const urduRow = page.getByRole('grid').getByRole('row').filter({ hasText: 'Urdu' }).first();
    await urduRow.getByRole('button').first().click();
    const urdu = page.getByRole('article');
    await urdu.getByRole('heading', { level: 1 }).waitFor();
    expect(await urdu.getAttribute('dir')).toBe('rtl');
    const paragraph = urdu.locator('p[dir="rtl"]').first();
    const style = await paragraph.evaluate((el) => {
      const s = getComputedStyle(el);
      return { direction: s.direction, textAlign: s.textAlign, font: s.fontFamily };
    });
    expect(style.direction).toBe('rtl');
    expect(['right', 'start']).toContain(style.textAlign);
    expect(style.font).toMatch(/Nastaliq/);
    expect(browser.errors).toEqual([]);
  });

  it('imports hostile pages and payloads and shows them without running script or fetching anything', async () => {
    const { host, browser } = await app.start();
    // The trap: any dialog, any call to the usual payload sinks, any request off this host.
    const trap = setTrap(browser.context);
    trap.allow(host.origin);
    const page = await app.open((page) => trap.arm(page));

    const summary = await importFolder(page, hostileFolder(app.tempDir()));
    expect(summary).toContain('4 imported');

    const rows = page.getByRole('grid').getByRole('row');
    const titles = ['Payload page', 'Vector page', 'Payloads as text', 'Border talks'];
    for (const title of titles) {
      await openRoom(page, 'Library');
      await rows.filter({ hasText: title }).first().getByRole('button').first().click();
      const article = page.getByRole('article');
      await article.getByRole('heading', { level: 1 }).waitFor();
      // Hovering and clicking what is shown must not run anything either.
      await article.locator('p').first().hover();
      const injected = await article.evaluate((el) => ({
        scripts: el.querySelectorAll('script, iframe, object, embed, img, svg, style, link, base, meta, form').length,
        handlers: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).length,
        badLinks: [...el.querySelectorAll('a')].filter((a) => !/^https?:/i.test(a.getAttribute('href') ?? '')).length,
      }));
      expect(injected, title).toEqual({ scripts: 0, handlers: 0, badLinks: 0 });
    }
    expect(await trap.caught(page)).toEqual({ dialogs: [], ran: [], requests: [], scripts: [] });
  });
});
