import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi, type BackendApi } from '../../helpers/backendApi';
import { openCompare, seedArticle, seedStatement } from './compareHarness';

async function seeded(backendApi: () => BackendApi) {
  const api = backendApi();
  const article = await seedArticle(api, 'Dawn report', ['We want good relations', 'Trade must resume soon'], 'Dawn');
  await seedStatement(api, article, { phrase: 'We want good relations', actor: 'pk-ishaq-dar', said_on: '2025-03-10' });
  await seedStatement(api, article, { phrase: 'Trade must resume soon', actor: 'af-amir-khan-muttaqi', said_on: '2025-04-10' });
  return { api, ...(await openCompare(api)) };
}

/** The channels called from now on, as a function to read them later. */
const callsFrom = (api: BackendApi) => {
  const start = api.calls.length;
  return () => api.calls.slice(start).map((c) => c.channel);
};

describe('loading the comparison', () => {
  const backendApi = useBackendApi();

  it('coming back to the room asks once for the matrix and the timeline, and keeps what did not change', async () => {
    const { api, store } = await seeded(backendApi);
    const shown = store.getState().compare.matrix;
    act(() => store.getState().goTo('library'));
    await screen.findByRole('grid', { name: 'Articles' });
    await waitFor(() => expect(store.getState().library.facets).not.toBeNull());
    const calls = callsFrom(api);
    act(() => store.getState().goTo('compare'));
    await waitFor(() => expect(calls()).toEqual(expect.arrayContaining(['compare.matrix', 'compare.timeline'])));
    await waitFor(() => expect(store.getState().compare.loading).toBe(false));
    // Outlets and speakers are not asked for again on every visit.
    expect(calls().sort()).toEqual(['compare.matrix', 'compare.timeline']);
    expect(store.getState().compare.matrix).toBe(shown);
    expect(screen.getAllByRole('button', { name: /^“/ }).map((b) => b.textContent)).toEqual(['“We want good relations”', '“Trade must resume soon”']);
  });

  it('lists every speaker before any search without asking the backend', async () => {
    const { api, user } = await seeded(backendApi);
    const calls = callsFrom(api);
    const bar = screen.getByRole('group', { name: 'Filters' });
    await user.click(within(bar).getByText('Speakers: all'));
    expect(within(bar).getByRole('checkbox', { name: /Amir Khan Muttaqi/ })).toBeTruthy();
    expect(within(bar).getByRole('checkbox', { name: /Ishaq Dar/ })).toBeTruthy();
    expect(calls()).not.toContain('actors.list');
  });

  it('refreshes the outlets as their filter opens', async () => {
    const { api, user } = await seeded(backendApi);
    await seedArticle(api, 'Tolo report', ['Borders stay shut'], 'Tolo News');
    const bar = screen.getByRole('group', { name: 'Filters' });
    expect(within(bar).queryByRole('checkbox', { name: 'Tolo News' })).toBeNull();
    await user.click(within(bar).getByText('Outlets: all'));
    expect(await within(bar).findByRole('checkbox', { name: 'Tolo News' })).toBeTruthy();
    expect(within(bar).getByRole('checkbox', { name: 'Dawn' })).toBeTruthy();
  });
});
