import { describe, expect, it } from 'vitest';
import { JCC_ARTICLE, readFixture } from '../helpers/fixtures.js';
import { useBrowserHost } from './helpers/browserHost.js';

const TITLE = 'Pakistan and Afghanistan revive JCC talks';

describe('pasting an article in browser mode', () => {
  const app = useBrowserHost();

  it('adds, reads, and finds the article again after the host restarts on the same data', async () => {
    const dataDir = app.tempDir();
    const { browser } = await app.start(dataDir);
    const page = await app.open();

    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Text').fill(readFixture(JCC_ARTICLE));
    await page.getByLabel('URL').fill('https://wenewsenglish.pk/pakistan-afghanistan-revive-jcc-talks/');
    await page.getByLabel('Outlet').fill('WE News English');
    await page.getByLabel('Date').fill('2025-04-17');
    await page.getByRole('button', { name: 'Add to library' }).click();

    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: TITLE, exact: true }) });
    await expect.poll(() => row.textContent()).toContain('WE News English');

    await row.getByRole('button', { name: TITLE, exact: true }).click();
    const article = page.getByRole('article');
    await article.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await article.getByRole('paragraph').filter({ hasText: 'Joint Coordination Committee' }).first().waitFor();
    expect(await article.getAttribute('dir')).toBe('ltr');

    await app.start(dataDir);
    const again = await app.open();
    await again.getByRole('button', { name: TITLE, exact: true }).waitFor();
    expect(await again.getByText('Your library is empty').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});
