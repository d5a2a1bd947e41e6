import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/app.js';
import { MAX_IMPORT_BATCH_FILES } from '../../../shared/domain/importing.js';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/fileKinds.js';
import { useBackend } from '../../helpers/backend.js';

const file = (name: string, content: string | Buffer) => ({ name, data: Buffer.from(content).toString('base64') });
const story = (name: string, title: string) => file(name, `${title}\n\nKABUL: ${title} was reported on Thursday.`);
const atAddress = (name: string, title: string, body: string) =>
  file(name, JSON.stringify([{ title, body, url: 'https://example.com/talks' }]));

/** Makes the workspace refuse to store an article titled `title`, as a write that fails would. */
function refuseTitle(backend: Backend, title: string): void {
  backend.workspace.db.exec(`CREATE TRIGGER refuse_title BEFORE INSERT ON article WHEN new.title = '${title}'
    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
}

const titles = (backend: Backend) =>
  (backend.workspace.db.prepare('SELECT title FROM article ORDER BY title').pluck().all() as string[]);

describe('import.files', () => {
  const backend = useBackend();

  it('imports the files in one call and answers one result per file, in order', async () => {
    const b = backend();
    const result = await b.dispatch('import.files', {
      files: [story('a.txt', 'Border reopens'), file('notes.exe', 'x'), story('b.txt', 'Talks resume'), story('copy.txt', 'Border reopens')],
    });
    expect(result).toEqual({
      ok: true,
      value: [
        { file: 'a.txt', status: 'imported', items: [expect.objectContaining({ status: 'imported', title: 'Border reopens' })] },
        { file: 'notes.exe', status: 'skipped', reason: expect.stringMatching(/^\.exe files are not supported/), items: [] },
        { file: 'b.txt', status: 'imported', items: [expect.objectContaining({ status: 'imported', title: 'Talks resume' })] },
        // The batch sees its own earlier files: the same text again is a duplicate of the first.
        { file: 'copy.txt', status: 'duplicate', items: [expect.objectContaining({ status: 'duplicate', title: 'Border reopens' })] },
      ],
    });
    expect(titles(b)).toEqual(['Border reopens', 'Talks resume']);
  });

  it('makes new text at an address stored earlier in the same batch its next revision', async () => {
    const b = backend();
    const result = await b.dispatch('import.files', {
      files: [atAddress('v1.json', 'Talks resume', 'KABUL: Talks resumed.'), atAddress('v2.json', 'Talks end', 'KABUL: Talks ended.')],
    });
    expect(result).toMatchObject({ ok: true, value: [{ status: 'imported' }, { status: 'updated', items: [{ revision: 2 }] }] });
    expect(titles(b)).toEqual(['Talks end']);
  });

  it('reports a file the extractor refuses as failed and stores the others', async () => {
    const b = backend();
    const result = await b.dispatch('import.files', { files: [story('a.txt', 'Border reopens'), file('empty.txt', '   ')] });
    expect(result).toMatchObject({ ok: true, value: [{ status: 'imported' }, { file: 'empty.txt', status: 'failed', reason: 'is empty', items: [] }] });
    expect(titles(b)).toEqual(['Border reopens']);
  });

  it('stores nothing of the batch when writing one of its files fails', async () => {
    const b = backend();
    refuseTitle(b, 'Poisoned');
    const result = await b.dispatch('import.files', {
      files: [story('a.txt', 'Border reopens'), story('bad.txt', 'Poisoned'), story('c.txt', 'Talks resume')],
    });
    expect(result.ok).toBe(false);
    expect(titles(b)).toEqual([]);
  });

  it('refuses an empty batch, one of too many files, and one larger than the import limit', async () => {
    const b = backend();
    expect(await b.dispatch('import.files', { files: [] })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'files' } });
    const tooMany = Array.from({ length: MAX_IMPORT_BATCH_FILES + 1 }, (_, i) => story(`s${i}.txt`, `Story ${i}`));
    expect(await b.dispatch('import.files', { files: tooMany })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'files' } });
    const half = Buffer.alloc(MAX_IMPORT_FILE_BYTES / 2 + 1024, 0x61);
    expect(await b.dispatch('import.files', { files: [file('a.txt', half), file('b.txt', half)] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'files', message: expect.stringContaining('larger than the import limit') },
    });
    expect(titles(b)).toEqual([]);
  });
});
