import { describe, expect, it } from 'vitest';
import { extractArticles, ImportRefusal } from '../../../electron/backend/import/extract.js';
import { buildDocxArticle, DOCX_ARTICLE } from './importFixtures.js';

describe('Word import', () => {
  it('takes the Title paragraph as the title and keeps paragraphs, list items and Urdu text', async () => {
    const articles = await extractArticles(await buildDocxArticle(), 'jcc.docx');
    expect(articles).toEqual([
      {
        title: DOCX_ARTICLE.title,
        body: [
          DOCX_ARTICLE.paragraphs[0],
          'Key points',
          ...DOCX_ARTICLE.keyPoints.map((point) => `• ${point}`),
          DOCX_ARTICLE.paragraphs[1],
          DOCX_ARTICLE.urdu,
        ].join('\n\n'),
      },
    ]);
  });

  it('takes a Heading 1 paragraph as the title too', async () => {
    const [article] = await extractArticles(await buildDocxArticle({ titleStyle: 'Heading1' }), 'jcc.docx');
    expect(article?.title).toBe(DOCX_ARTICLE.title);
    expect(article?.body.startsWith(DOCX_ARTICLE.paragraphs[0]!)).toBe(true);
  });

  it('leaves the title to the service when the document has no title paragraph', async () => {
    const [article] = await extractArticles(await buildDocxArticle({ titleStyle: 'none' }), 'jcc.docx');
    expect(article).not.toHaveProperty('title');
    expect(article?.body.startsWith(DOCX_ARTICLE.paragraphs[0]!)).toBe(true);
  });

  it('refuses a password-protected or old .doc file (a Compound File)', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(extractArticles(cfb, 'locked.docx')).rejects.toThrow(
      new ImportRefusal('is password-protected or an old .doc file; save it as .docx without a password'),
    );
  });

  it('refuses a file that is not a zip, and a truncated document', async () => {
    await expect(extractArticles(new TextEncoder().encode('not a word document'), 'fake.docx')).rejects.toThrow(
      /^is not a readable Word document \(.+\)$/,
    );
    const whole = await buildDocxArticle();
    await expect(extractArticles(whole.slice(0, whole.length / 2), 'cut.docx')).rejects.toThrow(/^is not a readable Word document \(/);
  });
});
