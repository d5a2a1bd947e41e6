import { describe, expect, it } from 'vitest';
import type { ImportSource } from '../../../../renderer/features/import/importSources';
import { createAppStore } from '../../../../renderer/store/appStore';
import { useBackendApi } from '../../helpers/backendApi';

const ARTICLE = `Pakistan and Afghanistan agree to reopen Torkham

ISLAMABAD: Officials from both sides met on Tuesday and agreed to reopen the Torkham crossing for trade.

The talks are to continue next month in Kabul.
`;

const source = (path: string, text: string): ImportSource => ({ path, file: new File([text], path.split('/').pop()!) });

describe('import run against the real backend', () => {
  const backendApi = useBackendApi();

  it('imports a file, reports the same file again as a duplicate of it, and lists it', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);

    await store.getState().importFiles([source('news/torkham.txt', ARTICLE), source('news/.hidden.txt', ARTICLE)]);
    const first = store.getState().importing.outcome!.results;
    expect(first.map((r) => [r.file, r.status])).toEqual([
      ['news/.hidden.txt', 'skipped'],
      ['news/torkham.txt', 'imported'],
    ]);
    const imported = first[1]!.items[0]!;
    expect(store.getState().library.total).toBe(1);

    await store.getState().importFiles([source('copy/torkham.txt', ARTICLE)]);
    const [again] = store.getState().importing.outcome!.results;
    expect(again).toMatchObject({ file: 'copy/torkham.txt', status: 'duplicate', items: [{ status: 'duplicate', id: imported.id }] });
  });

  it('reports what the backend refuses as failed, with its reason, and goes on', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);

    await store.getState().importFiles([source('empty.txt', '   \n'), source('torkham.md', ARTICLE)]);
    const [empty, good] = store.getState().importing.outcome!.results;
    expect(empty).toMatchObject({ file: 'empty.txt', status: 'failed', reason: expect.any(String) });
    expect(empty!.reason!.length).toBeGreaterThan(0);
    expect(good).toMatchObject({ file: 'torkham.md', status: 'imported' });
  });
});
