import { describe, expect, it } from 'vitest';
import { extractArticles, ImportRefusal } from '../../../electron/backend/import/extract.js';
import { libraryFixture, utf8 } from './importFixtures.js';

const page = (head: string, body: string, root = '<html>') =>
  utf8(`<!doctype html>${root}<head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
const ARTICLE = '<article><p>ISLAMABAD: Officials from both countries met on Thursday to discuss the Torkham crossing and trade.</p></article>';

describe('HTML import', () => {
  it('extracts a saved news page: metadata from the head, the article without its surroundings', async () => {
    const [article, ...others] = await extractArticles(libraryFixture('news-page.html'), 'jcc.html');
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      title: 'Pakistan, Afghanistan revive JCC talks in Kabul after 15-month pause',
      url: 'https://frontierpost.example/news/2025/04/17/jcc-kabul-talks',
      outlet: 'Frontier Post Daily',
      author: 'Tahir Khan',
      published_at: '2025-04-17T10:30:00+05:00',
      language: 'en',
      direction: 'ltr',
    });
    const paragraphs = article!.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^ISLAMABAD: Amid escalating tensions along the Pakistan-Afghanistan border/);
    expect(paragraphs).toContain('Key points');
    expect(paragraphs).toContain('• A Pakistani delegation visits Kabul for detailed talks');
    expect(paragraphs).toContain('• The JCC meets in Kabul after a 15-month pause');
    expect(paragraphs).toContain(
      'Muttaqi expressed deep concern over the expulsions and called for constructive diplomacy.\n“Both countries should resolve their issues through dialogue in an atmosphere of mutual trust,” a statement issued by the Afghan government quotes Muttaqi as saying.',
    );
    expect(paragraphs.at(-1)).toMatch(/^Sadiq told the Afghan side/);
    for (const noise of ['Sections', 'E-Paper', 'Advertisement', 'Related stories', 'Reader123', 'Post comment', 'All rights reserved', 'dataLayer']) {
      expect(article!.body).not.toContain(noise);
    }
  });

  it('decodes an Urdu page in the windows-1256 charset it declares, right to left', async () => {
    const [article] = await extractArticles(libraryFixture('urdu-windows-1256.html'), 'urdu.htm');
    expect(article).toMatchObject({
      title: 'پاکستان اور افغانستان کے درميان کابل ميں مذاکرات',
      outlet: 'روزنامہ سرحد',
      author: 'طاہر خان',
      published_at: '2025-04-18',
      language: 'ur',
      direction: 'rtl',
    });
    const paragraphs = article!.body.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^اسلام آباد: پاکستان کے نائب وزيراعظم/);
    expect(article!.body).not.toContain('صفحہ اول');
  });

  it('refuses a page without article text', async () => {
    await expect(extractArticles(libraryFixture('no-article.html'), 'gallery.html')).rejects.toThrow(new ImportRefusal('has no article text'));
  });

  it('refuses an empty page as empty', async () => {
    await expect(extractArticles(utf8('  \n'), 'empty.html')).rejects.toThrow(new ImportRefusal('is empty'));
  });

  it('refuses a page that is not valid in the UTF-8 it declares', async () => {
    const bytes = new Uint8Array([...page('', '<p>Kabul').slice(0, 60), 0xff, ...utf8('</p>')]);
    await expect(extractArticles(bytes, 'bad.html')).rejects.toThrow(/^is not valid UTF-8 text \(bad byte at offset 60\)/);
  });

  it('uses the canonical link only when it is an absolute http(s) address, else og:url', async () => {
    const head = '<link rel="canonical" href="/news/1"><meta property="og:url" content="http://example.org/news/1">';
    const [article] = await extractArticles(page(head, ARTICLE), 'a.html');
    expect(article?.url).toBe('http://example.org/news/1');
  });

  it('finds the date in <time datetime> and the title in the page when meta tags are missing', async () => {
    const body = '<article><h1>Torkham reopens</h1><p>Posted <time datetime="2025-05-02">2 May</time></p><p>ISLAMABAD: Officials from both countries met on Thursday to discuss the Torkham crossing.</p></article>';
    const [article] = await extractArticles(page('<title>Torkham reopens</title>', body), 'a.html');
    expect(article).toMatchObject({ title: 'Torkham reopens', published_at: '2025-05-02' });
    expect(article).not.toHaveProperty('url');
    expect(article!.body).not.toMatch(/^Torkham reopens/);
  });

  it('reads the published time from JSON-LD', async () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks","datePublished":"2025-04-17T08:00:00Z"}</script>';
    const [article] = await extractArticles(page(head, ARTICLE), 'a.html');
    expect(article?.published_at).toBe('2025-04-17T08:00:00Z');
  });

  it('takes the byline when no author meta tag exists', async () => {
    const body = '<article><p class="byline">By Tahir Khan</p><p>ISLAMABAD: Officials from both countries met on Thursday to discuss the Torkham crossing and trade.</p></article>';
    const [article] = await extractArticles(page('<title>Talks</title>', body), 'a.html');
    expect(article?.author).toBe('Tahir Khan');
  });

  it('keeps table rows and numbered list items as paragraphs of plain text', async () => {
    const body = `<article><p>ISLAMABAD: Trade figures released on Thursday show a sharp fall in exports through the Torkham crossing.</p>
      <table><tr><th>Month</th><th>Trucks</th></tr><tr><td>March</td><td>1,200</td></tr></table>
      <ol><li>First   item</li><li>Second<br>line</li></ol></article>`;
    const [article] = await extractArticles(page('', body), 'a.html');
    expect(article!.body.split('\n\n').slice(1)).toEqual(['Month Trucks', 'March 1,200', '1. First item', '2. Second\nline']);
  });

  it('starts each bulleted item with a bullet, once, however its text is wrapped or nested', async () => {
    const body = `<article><p>ISLAMABAD: Trade figures released on Thursday show a sharp fall in exports through the Torkham crossing.</p>
      <ul><li><p>Wrapped item</p><p>and its second paragraph</p></li><li></li><li>Outer<ul><li>Inner</li></ul></li></ul>
      <p>Officials expect the figures to recover.</p></article>`;
    const [article] = await extractArticles(page('', body), 'a.html');
    expect(article!.body.split('\n\n').slice(1)).toEqual([
      '• Wrapped item',
      'and its second paragraph',
      '• Outer',
      '• Inner',
      'Officials expect the figures to recover.',
    ]);
  });
});
