import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/app.js';
import type { Channel } from '../../shared/contract.js';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { useBrowserHost } from './helpers/browserHost.js';

/** The four statements the note cites: two for Pakistan, two for the Afghan side, by their first words. */
const CITED = {
  dar: 'Hopefully, within days, I will be visiting Kabul',
  sadiq: 'After a 15-month pause',
  muttaqi: 'Both countries should resolve their issues through dialogue',
  mujahid: 'The Islamic Emirate wants trade with Pakistan to continue',
};

const MUJAHID_ARTICLE =
  'KABUL: Taliban spokesman Zabihullah Mujahid said on Saturday, "The Islamic Emirate wants trade with Pakistan to continue without interruption."\n\n' +
  'He added that border closures hurt ordinary people on both sides.';

async function dispatch<T>(backend: Backend, channel: Channel, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Both articles in, their suggested statements accepted, the four to cite tagged with the topic. */
async function seedStatements(backend: Backend) {
  const topic = (await dispatch<{ id: string; name: string; parent_id: string | null }[]>(backend, 'tags.list', {})).find(
    (t) => t.name === 'Diplomacy & talks',
  )!;
  const articles = [
    await dispatch<{ id: string }>(backend, 'articles.create', { title: 'Pakistan and Afghanistan revive JCC talks', body: readFixture(JCC_ARTICLE), published_at: '2025-04-17' }),
    await dispatch<{ id: string }>(backend, 'articles.create', { title: 'Mujahid on trade with Pakistan', body: MUJAHID_ARTICLE, published_at: '2025-04-19' }),
  ];
  for (const article of articles) {
    await dispatch(backend, 'suggestions.acceptAll', { article_id: article.id });
    const highlights = await dispatch<{ id: string; exact: string }[]>(backend, 'annotations.list', { article_id: article.id });
    for (const h of highlights.filter((h) => Object.values(CITED).some((quote) => h.exact.startsWith(quote)))) {
      await dispatch(backend, 'annotations.update', { id: h.id, tag_ids: [topic.id] });
    }
  }
}

/** "Insert quotation…", filtered to the one statement starting with `quote`, inserted at the cursor. */
async function insertQuotation(page: Page, quote: string) {
  await page.getByRole('button', { name: 'Insert quotation…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert quotation' });
  await dialog.getByRole('searchbox', { name: 'Filter by speaker or words' }).fill(quote);
  await dialog.getByRole('list', { name: 'Citable quotations' }).getByRole('button').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportAs(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join(' ');
}

/** White space (line breaks, hyphenation-free wraps) made single spaces, so quotes can be found across lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a briefing note in Chromium', () => {
  const app = useBrowserHost();

  it('cites two statements from each side through the editor and exports the note as Word, PDF, HTML and Markdown', async () => {
    const { host, browser } = await app.start();
    await seedStatements(host.backend);
    const page = await app.open();

    await page.getByRole('button', { name: 'Notes' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('JCC talks: what each side said');
    await page.getByRole('textbox', { name: 'Author' }).fill('Desk analyst');
    const text = page.getByRole('textbox', { name: 'Note text (Markdown)' });
    await text.fill('## Pakistan\n\nIslamabad wants the talks to go on.\n');
    await text.press('Control+End');
    await insertQuotation(page, CITED.dar);
    await insertQuotation(page, CITED.sadiq);
    await text.press('Control+End');
    await text.pressSequentially('\n## Afghanistan\n\nKabul answers in kind.\n');
    await insertQuotation(page, CITED.muttaqi);
    await insertQuotation(page, CITED.mujahid);
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    // The preview numbers the four quotations in order and lists them as sources.
    const preview = page.getByRole('region', { name: 'Preview' });
    for (const [n, quote] of Object.values(CITED).entries()) {
      await expect.poll(() => preview.getByRole('figure', { name: `Quotation [${n + 1}]` }).textContent()).toContain(quote);
    }
    expect(await preview.getByRole('region', { name: 'Sources' }).getByRole('listitem').count()).toBe(4);

    const docx = await exportAs(page, 'Export as Word');
    expect(docx.name).toMatch(/\.docx$/);
    const word = flat((await mammoth.extractRawText({ buffer: docx.bytes })).value);
    const pdf = await exportAs(page, 'Export as PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    const printed = flat(await pdfText(pdf.bytes));
    const html = await exportAs(page, 'Export as HTML');
    expect(html.name).toMatch(/\.html?$/);
    const md = await exportAs(page, 'Export as Markdown');
    expect(md.name).toMatch(/\.md$/);

    for (const quote of Object.values(CITED)) {
      expect(word).toContain(quote);
      expect(printed).toContain(quote);
      expect(flat(html.bytes.toString('utf8'))).toContain(quote);
      expect(flat(md.bytes.toString('utf8'))).toContain(quote);
    }
    expect(word).toContain('JCC talks: what each side said');
    expect(browser.errors).toEqual([]);
  });
});
