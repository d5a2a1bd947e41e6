import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { renderLibrary, rowOf, seedArticles } from './libraryHarness';

describe('The library after changes made elsewhere', () => {
  const backendApi = useBackendApi();

  it('shows new highlight counts once a change is recorded, and again after it is undone', async () => {
    const backend = backendApi();
    seedArticles(backend, [{ title: 'Torkham reopens', body: 'Officials reopened the Torkham crossing on Monday.' }]);
    const { store } = await renderLibrary(backend);
    const highlights = () => within(rowOf('Torkham reopens')).getAllByRole('gridcell')[4]!.textContent;
    expect(highlights()).toBe('0');

    const listed = await backend.api.invoke('articles.list', {});
    await backend.api.invoke('annotations.create', { article_id: listed.items[0]!.id, start: 10, end: 18 });
    await store.getState().noteChange();
    await waitFor(() => expect(highlights()).toBe('1'));

    await store.getState().undo();
    await waitFor(() => expect(highlights()).toBe('0'));
  });
});
