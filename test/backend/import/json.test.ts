import { describe, expect, it } from 'vitest';
import { extractArticles, ImportRefusal } from '../../../electron/backend/import/extract.js';
import { utf8 } from './importFixtures.js';

const json = (value: unknown) => utf8(JSON.stringify(value));
const refusal = (value: unknown) => extractArticles(json(value), 'articles.json');

describe('JSON import', () => {
  it('returns every article of the array with its metadata', async () => {
    const articles = await refusal([
      {
        title: '  Dar to visit Kabul ',
        body: 'ISLAMABAD: Dar said on Thursday.\r\n\r\nHe will visit Kabul.',
        url: 'https://example.org/dar',
        outlet: 'Dawn',
        author: 'Tahir Khan',
        published_at: '2025-04-17',
        language: 'en-GB',
        ignored: true,
      },
      { title: 'کابل مذاکرات', body: 'اسلام آباد: مذاکرات', language: 'ur', direction: 'rtl' },
    ]);
    expect(articles).toEqual([
      {
        title: 'Dar to visit Kabul',
        body: 'ISLAMABAD: Dar said on Thursday.\n\nHe will visit Kabul.',
        url: 'https://example.org/dar',
        outlet: 'Dawn',
        author: 'Tahir Khan',
        published_at: '2025-04-17',
        language: 'en',
      },
      { title: 'کابل مذاکرات', body: 'اسلام آباد: مذاکرات', language: 'ur', direction: 'rtl' },
    ]);
  });

  it('refuses the whole file for one bad entry, naming the entry and the field', async () => {
    const good = { title: 'Talks', body: 'Text.' };
    await expect(refusal([good, good, { title: 'No body' }])).rejects.toThrow(new ImportRefusal('entry 3: body is missing'));
    await expect(refusal([{ title: 7, body: 'Text.' }])).rejects.toThrow(new ImportRefusal('entry 1: title must be text'));
    await expect(refusal([good, { ...good, url: 'javascript:alert(1)' }])).rejects.toThrow(new ImportRefusal('entry 2: url must be an http(s) address'));
    await expect(refusal([{ ...good, published_at: 'last Thursday' }])).rejects.toThrow(new ImportRefusal('entry 1: published_at must be a date like 2025-04-17'));
    await expect(refusal([{ ...good, body: '  ' }])).rejects.toThrow(new ImportRefusal('entry 1: body must not be empty'));
    await expect(refusal([good, 'text'])).rejects.toThrow(new ImportRefusal('entry 2 must be an object with title and body'));
  });

  it('refuses an empty array', async () => {
    await expect(refusal([])).rejects.toThrow(new ImportRefusal('holds no articles'));
  });

  it('refuses JSON that is not an array, and text that is not JSON', async () => {
    await expect(refusal({ title: 'Talks', body: 'Text.' })).rejects.toThrow(/^is not a list of articles/);
    await expect(extractArticles(utf8('[{"title": "Talks",'), 'cut.json')).rejects.toThrow(/^is not valid JSON \(.+\)$/);
  });
});
