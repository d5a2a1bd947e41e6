import { describe, expect, it } from 'vitest';
import { extractArticles, ImportRefusal } from '../../../electron/backend/import/extract.js';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/fileKinds.js';
import { utf8 } from './importFixtures.js';

describe('extractArticles', () => {
  it('refuses a file over the import limit, naming the limit', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x61);
    await expect(extractArticles(bytes, 'huge.txt')).rejects.toThrow(new ImportRefusal('is 10.0 MB, larger than the 10 MB import limit'));
  });

  it('takes a file of exactly the limit', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES).fill(0x61);
    const [article] = await extractArticles(bytes, 'big.txt');
    expect(article?.body).toHaveLength(MAX_IMPORT_FILE_BYTES);
  });

  it('refuses an unsupported extension with the supported list', async () => {
    await expect(extractArticles(utf8('text'), 'notes.rtf')).rejects.toThrow(/^\.rtf files are not supported \(supported: \.txt, /);
  });

  it('refuses a hidden file but not a file inside a hidden folder', async () => {
    await expect(extractArticles(utf8('Headline\nText.'), '.notes.txt')).rejects.toThrow(ImportRefusal);
    const [article] = await extractArticles(utf8('Headline\nText.'), '/home/analyst/.cache/export/notes.txt');
    expect(article).toEqual({ title: 'Headline', body: 'Text.' });
  });

  it('chooses the format by extension, whatever its case', async () => {
    const [article] = await extractArticles(utf8('# Talks resume\n\nThe **talks** resumed.'), 'TALKS.MD');
    expect(article).toEqual({ title: 'Talks resume', body: 'The talks resumed.' });
  });
});
