import { describe, expect, it } from 'vitest';
import { sourcesFromDrop } from '../../../../renderer/features/import/droppedSources';
import { fakeDrop, flatDrop } from './fakeDrop';

const read = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());

describe('sourcesFromDrop', () => {
  it('walks dropped folders recursively, keeping paths relative to the drop', async () => {
    const { dataTransfer } = fakeDrop({
      'loose.txt': 'loose',
      reports: { 'a.txt': 'A', y2025: { april: { 'b.html': '<p>B</p>' } }, '.DS_Store': '' },
    });
    const sources = await sourcesFromDrop(dataTransfer);

    expect(sources.map((s) => s.path)).toEqual(['loose.txt', 'reports/a.txt', 'reports/y2025/april/b.html', 'reports/.DS_Store']);
    expect(await read(sources[2]!.file)).toBe('<p>B</p>');
  });

  it('keeps reading a directory until readEntries answers empty', async () => {
    const names = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.txt`, `${i}`]));
    const { dataTransfer, reads } = fakeDrop({ many: names }, 2);
    const sources = await sourcesFromDrop(dataTransfer);

    expect(sources).toHaveLength(5);
    // Batches of 2, 2 and 1, then the empty answer that ends the walk.
    expect(reads.get('/many')).toBe(4);
  });

  it('falls back to the flat file list when the engine offers no entries', async () => {
    const file = new File(['x'], 'note.md');
    const sources = await sourcesFromDrop(flatDrop([file]));
    expect(sources).toEqual([{ path: 'note.md', file }]);
  });

  it('lists a folder that cannot be read as unreadable instead of dropping it silently', async () => {
    const broken = {
      name: 'locked',
      isFile: false,
      isDirectory: true,
      createReader: () => ({ readEntries: (_ok: unknown, fail: (e: Error) => void) => fail(new Error('Permission denied')) }),
    };
    const dataTransfer = { types: ['Files'], items: [{ kind: 'file', webkitGetAsEntry: () => broken }], files: [] } as unknown as DataTransfer;
    const [source] = await sourcesFromDrop(dataTransfer);
    expect(source).toMatchObject({ path: 'locked', unreadable: 'could not be read (Permission denied)' });
  });
});
