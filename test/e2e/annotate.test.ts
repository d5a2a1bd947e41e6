import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { useBrowserHost } from './helpers/browserHost.js';

const URDU_TITLE = 'طورخم سرحد پر تجارت کی بحالی';
// Three paragraphs of Urdu written for this test.
const URDU_BODY = [
  'پاکستان اور افغانستان کے حکام نے طورخم سرحد کو تجارت کے لیے دوبارہ کھولنے پر اتفاق کیا۔',
  'مشترکہ رابطہ کمیٹی کا اجلاس کابل میں ہوا جس میں مہاجرین کی واپسی پر بھی بات ہوئی۔',
  'تاجروں نے اس فیصلے کا خیرمقدم کیا اور کہا کہ سرحد کی بندش سے بھاری نقصان ہوا۔',
].join('\n\n');

interface Case {
  title: string;
  body: string;
  first: { phrase: string; tag: string; option: RegExp; note: string };
  /** Overlaps the first. */
  second: { phrase: string; tag: string; option: RegExp };
}

const CASES: Case[] = [
  {
    title: 'Pakistan and Afghanistan revive JCC talks',
    body: readFixture(JCC_ARTICLE),
    first: { phrase: 'Joint Coordination Committee (JCC)', tag: 'JCC', option: /Diplomacy & talks › JCC/, note: 'First JCC meeting in **15 months**' },
    second: { phrase: 'Amir Khan Muttaqi in Kabul under the framework of the Joint Coordination', tag: 'official vis', option: /Official visits/ },
  },
  {
    title: URDU_TITLE,
    body: URDU_BODY,
    first: { phrase: 'طورخم سرحد کو تجارت', tag: 'Torkham', option: /Border & crossings › Torkham/, note: 'تجارت بحال' },
    second: { phrase: 'تجارت کے لیے دوبارہ کھولنے', tag: 'Trade', option: /Trade & transit/ },
  },
];

/** Selects `phrase` in the body with a DOM Range, as a mouse drag would (it may cross highlights). */
async function selectPhrase(page: Page, phrase: string) {
  await page.evaluate((wanted) => {
    const paragraph = [...document.querySelectorAll('.annotated-body p')].find((p) => p.textContent!.includes(wanted))!;
    const at = paragraph.textContent!.indexOf(wanted);
    /** The text node and offset `offset` characters into the paragraph. */
    const pointAt = (offset: number): [Node, number] => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let left = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (left <= node.textContent!.length) return [node, left];
        left -= node.textContent!.length;
      }
      throw new Error(`offset ${offset} is past the paragraph`);
    };
    document.getSelection()!.setBaseAndExtent(...pointAt(at), ...pointAt(at + wanted.length));
  }, phrase);
  await page.getByRole('button', { name: 'Highlight selection' }).and(page.locator(':enabled')).waitFor();
}

async function highlightByKeyboard(page: Page, phrase: string, tag: string, option: RegExp, note?: string) {
  await selectPhrase(page, phrase);
  await page.keyboard.press('h');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
  await toolbar.getByRole('combobox', { name: 'Add tag' }).waitFor();
  await page.keyboard.type(tag);
  await toolbar.getByRole('option', { name: option, selected: true }).waitFor();
  await page.keyboard.press('Enter');
  if (note) {
    const field = toolbar.getByLabel('Note (Markdown)');
    await field.focus();
    await page.keyboard.type(note);
  }
  await page.keyboard.press('Control+Enter');
  await toolbar.waitFor({ state: 'detached' });
}

async function openArticle(page: Page, title: string) {
  await page.getByRole('button', { name: title, exact: true }).first().click();
  await page.getByRole('article').getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('highlighting in the reader, in Chromium', () => {
  const app = useBrowserHost();

  it('tags, notes and overlaps highlights by keyboard, keeps them over a reload, and undoes a delete; left to right and right to left', async () => {
    const { browser } = await app.start();
    const page = await app.open();

    for (const c of CASES) {
      await page.getByRole('button', { name: c === CASES[0] ? 'Add article' : 'Paste text' }).click();
      await page.getByLabel('Title').fill(c.title);
      await page.getByLabel('Text').fill(c.body);
      await page.getByRole('button', { name: 'Add to library' }).click();
      await openArticle(page, c.title);
      const article = page.getByRole('article');

      await highlightByKeyboard(page, c.first.phrase, c.first.tag, c.first.option, c.first.note);
      await highlightByKeyboard(page, c.second.phrase, c.second.tag, c.second.option);

      const panel = page.getByRole('complementary', { name: 'Highlights' });
      const items = panel.getByRole('list', { name: 'Highlights in text order' }).locator(':scope > li');
      await expect.poll(() => items.count()).toBe(2);
      // The overlap is drawn as one piece covered by both highlights.
      expect(await article.locator('mark[data-depth="2"]').count()).toBeGreaterThan(0);

      await page.reload();
      await openArticle(page, c.title);
      await expect.poll(() => items.count()).toBe(2);
      const ids = await page.locator('.annotated-body mark[data-highlights]').evaluateAll((marks) => [
        ...new Set(marks.flatMap((m) => m.getAttribute('data-highlights')!.split(' '))),
      ]);
      expect(ids).toHaveLength(2);
      const inTextOrder = [c.first.phrase, c.second.phrase].sort((a, b) => c.body.indexOf(a) - c.body.indexOf(b));
      const listed = await items.allTextContents();
      expect(listed[0]).toContain(inTextOrder[0]!.slice(0, 12));
      expect(listed[1]).toContain(inTextOrder[1]!.slice(0, 12));
      expect(await panel.textContent()).toContain(c.first.note.replace(/\*/g, ''));
      expect(await article.getAttribute('dir')).toBe(c.body === URDU_BODY ? 'rtl' : 'ltr');

      await items.first().getByRole('button', { name: /^Delete highlight/ }).click();
      await expect.poll(() => items.count()).toBe(1);
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await expect.poll(() => items.count()).toBe(2);
      await expect.poll(() => page.locator('.annotated-body mark[data-highlights]').count()).toBeGreaterThan(1);

      await page.getByRole('button', { name: 'Back to library' }).click();
    }
    expect(browser.errors).toEqual([]);
  });
});
