import { describe, expect, it } from 'vitest';
import { withCanonicalBody } from '../../../electron/backend/import/extractedArticle.js';
import { extractText } from '../../../electron/backend/import/formats/text.js';
import { articleRepo } from '../../../electron/backend/repos/articleRepo.js';
import { importArticles } from '../../../electron/backend/services/importService.js';
import type { ExtractedArticle } from '../../../electron/backend/import/extract.js';
import { useBackend } from '../../helpers/backend.js';

describe('importArticles with bodies an extractor made canonical', () => {
  const backend = useBackend();
  const storedBody = (file: string, found: ExtractedArticle) => {
    const db = backend().workspace.db;
    const repo = articleRepo(db);
    const { items } = db.transaction(() => importArticles(repo, file, [found]))();
    return repo.get(items[0]!.id)!;
  };

  it('stores a text file’s body as the extractor made it', () => {
    const [found] = extractText(Buffer.from('Talks resume in Kabul\r\n\r\nKABUL: Negotiators met.  \r\nBoth sides spoke of trust.\r\n'));
    expect(storedBody('talks.txt', found!)).toMatchObject({
      title: 'Talks resume in Kabul',
      body: 'KABUL: Negotiators met.\n\nBoth sides spoke of trust.',
    });
  });

  it('makes a body canonical that was not marked so', () => {
    const stored = storedBody('talks.json', { title: 'Talks resume', body: '  KABUL:  Negotiators met.\r\n\r\n\r\nBoth sides spoke of trust. ' });
    expect(stored.body).toBe('KABUL: Negotiators met.\n\nBoth sides spoke of trust.');
  });

  it('makes the rest canonical when a headline is taken off a marked body', () => {
    const found = withCanonicalBody({ body: 'Talks resume\n\nISLAMABAD: Officials met.\nThey spoke of trust.' });
    expect(storedBody('talks.txt', found)).toMatchObject({
      title: 'Talks resume',
      body: 'ISLAMABAD: Officials met.\n\nThey spoke of trust.',
    });
  });
});
