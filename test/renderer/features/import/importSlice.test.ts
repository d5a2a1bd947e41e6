import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/store/appStore';
import type { ImportSource } from '../../../../renderer/features/import/importSources';
import { MAX_IMPORT_FILE_BYTES } from '../../../../shared/import/fileKinds';
import { fakeImportApi, textFile } from './fakeImportApi';

const source = (path: string, file: Blob = textFile(path)): ImportSource => ({ path, file });

function setup() {
  const backend = fakeImportApi();
  const store = createAppStore(backend.api);
  return { backend, store, run: (sources: ImportSource[]) => store.getState().importFiles(sources) };
}

/** A blob that claims a size but fails the test if anything tries to read it. */
const unreadBlob = (size: number) =>
  ({
    size,
    arrayBuffer: () => {
      throw new Error('an oversized file must not be read');
    },
  }) as unknown as Blob;

describe('import slice', () => {
  it('sends each importable file once, in order, one at a time, with its path and base64 bytes', async () => {
    const { backend, run, store } = setup();
    await run([source('reports/a.txt', textFile('a.txt', 'alpha')), source('reports/sub/b.md', textFile('b.md', 'beta'))]);

    expect(backend.imports).toEqual([
      { name: 'reports/a.txt', data: btoa('alpha') },
      { name: 'reports/sub/b.md', data: btoa('beta') },
    ]);
    expect(backend.maxInFlight).toBe(1);
    const { outcome, progress } = store.getState().importing;
    expect(progress).toBeNull();
    expect(outcome?.results.map((r) => [r.file, r.status])).toEqual([
      ['reports/a.txt', 'imported'],
      ['reports/sub/b.md', 'imported'],
    ]);
    expect(outcome).toMatchObject({ total: 2, completed: 2, cancelled: false });
  });

  it('refreshes the library after the run so the new articles are listed', async () => {
    const { backend, run, store } = setup();
    await run([source('a.txt')]);

    const channels = backend.calls.map((call) => call.channel);
    expect(channels.slice(channels.lastIndexOf('import.file'))).toContain('articles.list');
    expect(store.getState().library.total).toBe(1);
  });

  it('skips hidden and unsupported files with the reason, without sending them', async () => {
    const { backend, run, store } = setup();
    await run([source('.DS_Store'), source('notes/.git/config.txt'), source('photo.png'), source('README'), source('ok.html')]);

    expect(backend.imports.map((i) => i.name)).toEqual(['ok.html']);
    const results = store.getState().importing.outcome!.results;
    expect(results.slice(0, 4)).toEqual([
      { file: '.DS_Store', status: 'skipped', reason: 'hidden file', items: [] },
      { file: 'notes/.git/config.txt', status: 'skipped', reason: 'hidden file', items: [] },
      expect.objectContaining({ file: 'photo.png', status: 'skipped', reason: expect.stringMatching(/^\.png files are not supported/) }),
      expect.objectContaining({ file: 'README', status: 'skipped', reason: expect.stringMatching(/^a file without an extension is not supported/) }),
    ]);
  });

  it('fails a file over the size limit without reading it, and imports one exactly at the limit', async () => {
    const { backend, run, store } = setup();
    const atLimit = new File([new Uint8Array(MAX_IMPORT_FILE_BYTES).fill(65)], 'big.txt');
    await run([source('huge.pdf', unreadBlob(MAX_IMPORT_FILE_BYTES * 1.25)), source('just-over.txt', unreadBlob(MAX_IMPORT_FILE_BYTES + 1)), source('big.txt', atLimit)]);

    const [huge, justOver, big] = store.getState().importing.outcome!.results;
    expect(huge).toEqual({ file: 'huge.pdf', status: 'failed', reason: 'is 12.5 MB, larger than the 10 MB import limit', items: [] });
    expect(justOver).toMatchObject({ status: 'failed', reason: expect.stringContaining('larger than the 10 MB import limit') });
    expect(big?.status).toBe('imported');
    expect(backend.imports.map((i) => [i.name, i.data.length])).toEqual([['big.txt', Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4]]);
  });

  it('stops before the next file when cancelled, and says after how many', async () => {
    const { backend, run, store } = setup();
    backend.beforeAnswer = (_input, index) => {
      if (index === 2) store.getState().cancelImport();
    };
    await run(['1.txt', '2.txt', '3.txt', '4.txt', '5.txt'].map((path) => source(path)));

    expect(backend.imports.map((i) => i.name)).toEqual(['1.txt', '2.txt', '3.txt']);
    const { outcome, cancelling } = store.getState().importing;
    expect(outcome).toMatchObject({ total: 5, completed: 3, cancelled: true });
    expect(outcome!.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    expect(cancelling).toBe(false);
  });

  it('records a transport error as that file failing and goes on with the rest', async () => {
    const { backend, run, store } = setup();
    backend.answer('2.docx', { error: { code: 'unsupported_format', message: 'The document is password-protected.' } });
    await run([source('1.txt'), source('2.docx'), source('3.txt')]);

    expect(store.getState().importing.outcome!.results.map((r) => [r.file, r.status, r.reason])).toEqual([
      ['1.txt', 'imported', undefined],
      ['2.docx', 'failed', 'The document is password-protected.'],
      ['3.txt', 'imported', undefined],
    ]);
  });

  it('fails a file that cannot be read and goes on with the rest', async () => {
    const { backend, run, store } = setup();
    const vanished = { size: 10, arrayBuffer: () => Promise.reject(new Error('The file was moved while it was read.')) } as unknown as Blob;
    await run([source('gone.txt', vanished), source('here.txt')]);

    expect(backend.imports.map((i) => i.name)).toEqual(['here.txt']);
    expect(store.getState().importing.outcome!.results[0]).toEqual({
      file: 'gone.txt',
      status: 'failed',
      reason: 'The file was moved while it was read.',
      items: [],
    });
  });

  it('sends binary bytes so that they decode back exactly, across the encoder chunk boundaries', async () => {
    const { backend, run } = setup();
    const bytes = new Uint8Array(3 * 8192 * 2 + 7).map((_, i) => (i * 151 + (i >> 8)) % 256);
    await run([source('scan.pdf', new File([bytes], 'scan.pdf'))]);

    const sent = Buffer.from(backend.imports[0]!.data, 'base64');
    expect(new Uint8Array(sent)).toEqual(bytes);
  });

  it('ignores a second run while one is going', async () => {
    const { backend, run } = setup();
    let second: Promise<void> | undefined;
    backend.beforeAnswer = () => {
      second ??= run([source('other.txt')]);
    };
    await run([source('first.txt')]);
    await second;

    expect(backend.imports.map((i) => i.name)).toEqual(['first.txt']);
  });

  it('clears the results when dismissed', async () => {
    const { run, store } = setup();
    await run([source('a.txt')]);
    store.getState().dismissImportResults();
    expect(store.getState().importing.outcome).toBeNull();
  });
});
