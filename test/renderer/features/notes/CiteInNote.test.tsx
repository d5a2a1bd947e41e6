import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { seedArticle, seedStatement } from '../compare/compareHarness';
import { readArticle } from '../reader/readerHarness';
import { dispatchOk, seedNote, storedNote } from './notesHarness';

describe('“Cite in note…” in the reader’s side panel', () => {
  const backendApi = useBackendApi();

  it('cites the highlight’s statement at the end of the chosen note', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'Talks in Kabul', ['We want good relations with Kabul']);
    const statement = await seedStatement(api, article, { phrase: 'We want good relations with Kabul', actor: 'pk-ishaq-dar', said_on: '2025-04-17' });
    await seedNote(api, 'Other note');
    const note = await seedNote(api, 'April talks', 'Opening words');
    const { store, user } = await readArticle(api.api, article.id);
    const panel = await screen.findByRole('complementary', { name: 'Highlights' });
    await act(() => store.getState().reloadAnnotations());
    await waitFor(() => expect(store.getState().statements.statements).toHaveLength(1));

    await user.click(await within(panel).findByRole('button', { name: /^Cite “We want good relations/ }));
    await user.click(within(screen.getByRole('dialog', { name: 'Cite in note' })).getByRole('button', { name: 'April talks' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const { citations } = await dispatchOk<{ citations: { id: string; target: unknown }[] }>(api, 'briefings.get', { id: note.id });
    expect(citations.map((c) => c.target)).toEqual([{ type: 'statement', id: statement.id }]);
    expect((await storedNote(api, note.id)).body).toBe(`Opening words\n{{quote:${citations[0]!.id}}}\n`);
  });
});
