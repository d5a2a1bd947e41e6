import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { inputsOf, openCompare, seedArticle, seedStatement } from './compareHarness';

const lastFilters = (api: ReturnType<ReturnType<typeof useBackendApi>>) => inputsOf(api, 'compare.matrix').at(-1)!.filters;
const shownQuotes = () => [...document.querySelectorAll('.compare-matrix .statement-quote')].map((q) => q.textContent);

async function seeded(backendApi: ReturnType<typeof useBackendApi>) {
  const api = backendApi();
  const dawn = await seedArticle(api, 'Dawn report', ['We want good relations', 'Trade must resume soon'], 'Dawn');
  const tolo = await seedArticle(api, 'Tolo report', ['Borders stay shut for now'], 'Tolo News');
  await seedStatement(api, dawn, { phrase: 'We want good relations', actor: 'pk-ishaq-dar', said_on: '2025-03-10', kind: 'direct', stance: 'conciliatory' });
  await seedStatement(api, dawn, { phrase: 'Trade must resume soon', actor: 'af-amir-khan-muttaqi', said_on: '2025-04-10', kind: 'reported', stance: 'neutral' });
  await seedStatement(api, tolo, { phrase: 'Borders stay shut for now', actor: 'af-zabihullah-mujahid', said_on: '2025-04-20', kind: 'direct', stance: 'critical' });
  return { api, ...(await openCompare(api)) };
}

describe('the comparison filters', () => {
  const backendApi = useBackendApi();

  it('narrows by the dates said', async () => {
    const { api } = await seeded(backendApi);
    const bar = screen.getByRole('group', { name: 'Filters' });
    fireEvent.change(within(bar).getByLabelText('Said from'), { target: { value: '2025-04-01' } });
    fireEvent.change(within(bar).getByLabelText('Said to'), { target: { value: '2025-04-15' } });
    await waitFor(() => expect(shownQuotes()).toEqual(['“Trade must resume soon”']));
    expect(lastFilters(api)).toEqual({ from: '2025-04-01', to: '2025-04-15' });
  });

  it('narrows by speakers found by searching the registry', async () => {
    const { api, user } = await seeded(backendApi);
    const bar = screen.getByRole('group', { name: 'Filters' });
    await user.click(within(bar).getByText('Speakers: all'));
    await user.type(within(bar).getByRole('searchbox', { name: 'Search speakers' }), 'Muttaqi');
    await user.click(await within(bar).findByRole('checkbox', { name: /Amir Khan Muttaqi/ }));
    await waitFor(() => expect(shownQuotes()).toEqual(['“Trade must resume soon”']));
    expect(lastFilters(api)).toEqual({ actor_ids: ['af-amir-khan-muttaqi'] });
    expect(within(bar).getByText('Speakers: 1 chosen')).toBeTruthy();
  });

  it('narrows by outlet, kind and stance', async () => {
    const { api, user } = await seeded(backendApi);
    const bar = screen.getByRole('group', { name: 'Filters' });
    await user.click(within(bar).getByText('Outlets: all'));
    await user.click(within(bar).getByRole('checkbox', { name: 'Tolo News' }));
    await waitFor(() => expect(shownQuotes()).toEqual(['“Borders stay shut for now”']));
    await user.click(within(bar).getByRole('checkbox', { name: 'Tolo News' }));
    await user.click(within(bar).getByText('Kind: all'));
    await user.click(within(bar).getByRole('checkbox', { name: 'Reported speech' }));
    await waitFor(() => expect(shownQuotes()).toEqual(['“Trade must resume soon”']));
    await user.click(within(bar).getByText('Stance: all'));
    await user.click(within(bar).getByRole('checkbox', { name: 'Critical' }));
    await waitFor(() => expect(lastFilters(api)).toEqual({ kinds: ['reported'], stances: ['critical'] }));
    expect(await screen.findByText('No statements match these filters.')).toBeTruthy();
  });

  it('narrows by words in the quote, and clears everything', async () => {
    const { api, user } = await seeded(backendApi);
    const bar = screen.getByRole('group', { name: 'Filters' });
    await user.type(within(bar).getByRole('searchbox', { name: 'Words in the quote' }), 'trade{Enter}');
    await waitFor(() => expect(shownQuotes()).toEqual(['“Trade must resume soon”']));
    expect(lastFilters(api)).toEqual({ text: 'trade' });
    await user.click(within(bar).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(shownQuotes()).toHaveLength(3));
    expect(lastFilters(api)).toEqual({});
  });

  it('chooses the two sides compared', async () => {
    const { api, user } = await seeded(backendApi);
    await user.selectOptions(screen.getByLabelText('Right side'), 'Other');
    const table = screen.getByRole('table', { name: 'Comparison' });
    await waitFor(() => expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Pakistan', 'Other']));
    expect(inputsOf(api, 'sides.setCompared').at(-1)).toEqual({ compared: ['pakistan', 'other'] });
    expect(inputsOf(api, 'compare.matrix').at(-1)!.sides).toEqual(['pakistan', 'other']);
  });
});
