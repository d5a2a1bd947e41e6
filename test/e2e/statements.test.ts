import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { useBrowserHost } from './helpers/browserHost.js';

const TITLE = 'Pakistan and Afghanistan revive JCC talks';
const TOPIC = 'Diplomacy & talks';

/** Each speaker's suggested direct quotation, by the words it begins with. */
const DAR = 'Hopefully, within days';
const MUTTAQI = 'Both countries should resolve';
const SADIQ = 'After a 15-month pause';

/** Puts keyboard focus on a suggestion the way an analyst would: its quote in the Suggestions list, Enter. */
async function focusSuggestion(page: Page, quoteStart: string) {
  const panel = page.getByRole('complementary', { name: 'Highlights' });
  await panel.getByRole('tab', { name: /^Suggestions/ }).click();
  const quote = panel.getByRole('list', { name: 'Suggestions in text order' }).getByRole('button', { name: new RegExp(`^“${quoteStart}`) });
  await quote.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(quoteStart);
}

const suggestionMark = (page: Page, quoteStart: string) => page.locator('mark.suggestion-mark', { hasText: quoteStart });

describe('statements from suggestions, in Chromium', () => {
  const app = useBrowserHost();

  it('accepts the suggested statements of Dar, Sadiq Khan and Muttaqi by keyboard with a topic, and the comparison shows them under their sides', async () => {
    const { browser } = await app.start();
    const page = await app.open();

    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Text').fill(readFixture(JCC_ARTICLE));
    await page.getByLabel('Date').fill('2025-04-17');
    await page.getByRole('button', { name: 'Add to library' }).click();
    await page.getByRole('button', { name: TITLE, exact: true }).first().click();
    await page.getByRole('article').getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await suggestionMark(page, DAR).first().waitFor();

    // Dar: E opens the toolbar on the suggestion, the topic is typed and chosen, Ctrl+Enter accepts.
    await focusSuggestion(page, DAR);
    await page.keyboard.press('e');
    const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
    expect(await toolbar.getByRole('combobox', { name: 'Speaker' }).inputValue()).toBe('Ishaq Dar');
    await page.keyboard.type('Diplomacy');
    await toolbar.getByRole('option', { name: TOPIC, selected: true }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await toolbar.waitFor({ state: 'detached' });
    await suggestionMark(page, DAR).waitFor({ state: 'detached' });

    // Muttaqi and Sadiq Khan: number key 1 gives the recent topic, Enter accepts.
    await focusSuggestion(page, MUTTAQI);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await suggestionMark(page, MUTTAQI).waitFor({ state: 'detached' });
    await focusSuggestion(page, SADIQ);
    await page.keyboard.press('Enter');
    await suggestionMark(page, SADIQ).waitFor({ state: 'detached' });

    const panel = page.getByRole('complementary', { name: 'Highlights' });
    await panel.getByRole('tab', { name: /^Highlights/ }).click();
    const badges = panel.getByRole('list', { name: 'Highlights in text order' }).locator('.statement-badge');
    await expect.poll(() => badges.allTextContents()).toEqual([
      'Statement: Ishaq Dar · Pakistan · direct quotation · said 2025-04-17',
      'Statement: Amir Khan Muttaqi · Afghanistan · direct quotation · said 2025-04-17',
      'Statement: Mohammad Sadiq Khan · Pakistan · direct quotation · said 2025-04-17',
    ]);
    const tags = panel.getByRole('list', { name: 'Highlights in text order' }).getByRole('list', { name: 'Tags' });
    await expect.poll(() => tags.allTextContents()).toEqual([TOPIC, TOPIC, TOPIC]);

    // The Compare room: the topic's row, Pakistan's and Afghanistan's columns.
    await page.getByRole('navigation', { name: 'Rooms' }).getByRole('button', { name: 'Compare' }).click();
    const grid = page.getByRole('table', { name: 'Comparison' }).or(page.getByRole('grid', { name: 'Comparison' }));
    await grid.waitFor();
    // Columns by position in the header row (a corner cell over the topics comes first).
    const headers = await grid.getByRole('row').first().locator(':scope > *').allTextContents();
    const pakistan = headers.findIndex((h) => h.includes('Pakistan'));
    const afghanistan = headers.findIndex((h) => h.includes('Afghanistan'));
    expect(pakistan).toBeGreaterThan(0);
    expect(afghanistan).toBeGreaterThan(0);
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(TOPIC) }) });
    const cells = row.locator(':scope > *');
    await expect.poll(() => cells.nth(pakistan).textContent()).toContain('Ishaq Dar');
    const pakistanCell = (await cells.nth(pakistan).textContent()) ?? '';
    const afghanistanCell = (await cells.nth(afghanistan).textContent()) ?? '';
    expect(pakistanCell).toContain('Sadiq Khan');
    expect(pakistanCell).not.toContain('Muttaqi');
    expect(afghanistanCell).toContain('Muttaqi');
    expect(afghanistanCell).not.toContain('Dar');

    expect(browser.errors).toEqual([]);
  });
});
