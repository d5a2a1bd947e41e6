import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticles, ImportRefusal } from '../../../electron/backend/import/extract.js';
import { buildPdfArticle, buildPdfWithoutText, libraryFixture, PDF_ARTICLE } from './importFixtures.js';

const PARAGRAPHS = [
  'ISLAMABAD: Officials from Pakistan and Afghanistan agreed on Thursday to reopen the Torkham crossing for trade after weeks of closure, according to statements issued by both foreign ministries after a day of talks in the capital.',
  // Hyphenated across lines, and running on over the page break.
  'The agreement follows mediation by the Joint Coordination Committee, whose international observers described the meeting as constructive and said that a joint team would inspect the crossing before the first trucks are allowed through next week and that traders on both sides would be compensated for goods spoiled during the closure.',
  'Pakistan’s special envoy said the two sides would meet again in Kabul next month to review progress on the crossing, on refugees and on security along the border.',
];

describe('PDF import', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rebuilds paragraphs from the text layer without running headers and page numbers', async () => {
    const articles = await extractArticles(await buildPdfArticle({ metadataTitle: PDF_ARTICLE.title }), 'torkham.pdf');
    expect(articles).toEqual([{ title: PDF_ARTICLE.title, author: 'Frontier Post Desk', body: PARAGRAPHS.join('\n\n') }]);
  });

  it('takes the first line as the title when the metadata has none', async () => {
    const [article] = await extractArticles(await buildPdfArticle(), 'torkham.pdf');
    expect(article?.title).toBe(PDF_ARTICLE.title);
    expect(article?.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('ignores a metadata title that names a file, keeping the headline in view', async () => {
    const [article] = await extractArticles(await buildPdfArticle({ metadataTitle: 'Microsoft Word - torkham_final.docx' }), 'a.pdf');
    expect(article?.title).toBe(PDF_ARTICLE.title);
  });

  it('refuses a password-protected PDF', async () => {
    await expect(extractArticles(libraryFixture('password-protected.pdf'), 'locked.pdf')).rejects.toThrow(new ImportRefusal('is password-protected'));
  });

  it('refuses a corrupt PDF with the reason', async () => {
    await expect(extractArticles(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'), 'bad.pdf')).rejects.toThrow(
      /^is not a readable PDF \(.+\)$/,
    );
  });

  it('refuses a PDF without a text layer', async () => {
    await expect(extractArticles(await buildPdfWithoutText(), 'scan.pdf')).rejects.toThrow(
      new ImportRefusal('has no text layer (scanned images are not supported)'),
    );
  });

  it('prints nothing while reading good and bad PDFs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    await extractArticles(await buildPdfArticle(), 'a.pdf');
    await extractArticles(new TextEncoder().encode('%PDF-1.7\ngarbage'), 'b.pdf').catch(() => undefined);
    await extractArticles(libraryFixture('password-protected.pdf'), 'c.pdf').catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
