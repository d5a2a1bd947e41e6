import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_AUTOSAVE_MS } from '../../../../renderer/features/compare/SummaryField';
import type { CompareMatrix } from '../../../../shared/domain/compare';
import { useBackendApi } from '../../helpers/backendApi';
import { dispatchOk, inputsOf, openCompare, seedArticle, seedStatement } from './compareHarness';

const shownQuotes = () => [...document.querySelectorAll('.compare-matrix .statement-quote')].map((q) => q.textContent);

async function overThreeMonths(backendApi: ReturnType<typeof useBackendApi>) {
  const api = backendApi();
  const article = await seedArticle(api, 'Spring', ['In February we talked', 'In March we argued', 'In April we agreed']);
  await seedStatement(api, article, { phrase: 'In February we talked', actor: 'pk-ishaq-dar', topic: 'Diplomacy & talks', said_on: '2025-02-03' });
  await seedStatement(api, article, { phrase: 'In March we argued', actor: 'af-amir-khan-muttaqi', topic: 'Diplomacy & talks', said_on: '2025-03-12' });
  await seedStatement(api, article, { phrase: 'In April we agreed', actor: 'pk-ishaq-dar', topic: 'Diplomacy & talks', said_on: '2025-04-17' });
  return { api, ...(await openCompare(api)) };
}

describe('the timeline', () => {
  const backendApi = useBackendApi();

  it('charts each month with each side’s count, and as a table', async () => {
    await overThreeMonths(backendApi);
    const periods = within(screen.getByRole('listbox', { name: 'Timeline periods' })).getAllByRole('option');
    expect(periods.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Feb 2025: Pakistan 1, Afghanistan 0',
      'Mar 2025: Pakistan 0, Afghanistan 1',
      'Apr 2025: Pakistan 1, Afghanistan 0',
    ]);
    const table = screen.getByText('Timeline as a table').closest('details')!.querySelector('table')!;
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['Feb 202510', 'Mar 202501', 'Apr 202510']);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Month', 'Pakistan', 'Afghanistan']);
  });

  it('a clicked period filters the matrix to its dates; Clear span shows all again', async () => {
    const { api, store, user } = await overThreeMonths(backendApi);
    const march = screen.getByRole('option', { name: /^Mar 2025/ });
    fireEvent.mouseDown(march);
    fireEvent.mouseUp(march);
    await waitFor(() => expect(shownQuotes()).toEqual(['“In March we argued”']));
    expect(store.getState().compare.span).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(inputsOf(api, 'compare.matrix').at(-1)!.filters).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(march.getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Clear span' }));
    await waitFor(() => expect(shownQuotes()).toHaveLength(3));
  });

  it('a drag across periods selects them all', async () => {
    const { store } = await overThreeMonths(backendApi);
    fireEvent.mouseDown(screen.getByRole('option', { name: /^Feb 2025/ }));
    fireEvent.mouseEnter(screen.getByRole('option', { name: /^Mar 2025/ }));
    fireEvent.mouseUp(screen.getByRole('option', { name: /^Mar 2025/ }));
    await waitFor(() => expect(store.getState().compare.span).toEqual({ from: '2025-02-01', to: '2025-03-31' }));
    // Pakistan's column, then Afghanistan's.
    await waitFor(() => expect(shownQuotes()).toEqual(['“In February we talked”', '“In March we argued”']));
  });

  it('by keyboard: arrows move, Shift+arrows extend, Enter applies', async () => {
    const { store, user } = await overThreeMonths(backendApi);
    const chart = screen.getByRole('listbox', { name: 'Timeline periods' });
    chart.focus();
    await user.keyboard('{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    expect(chart.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /^Apr 2025/ }).id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(store.getState().compare.span).toEqual({ from: '2025-03-01', to: '2025-04-30' }));
    await waitFor(() => expect(shownQuotes()).toEqual(['“In April we agreed”', '“In March we argued”']));
  });

  it('counts per week when asked', async () => {
    const { api, user } = await overThreeMonths(backendApi);
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    await waitFor(() => expect(within(screen.getByRole('listbox', { name: 'Timeline periods' })).getAllByRole('option')[0]!.getAttribute('aria-label')).toBe('week of 3 Feb 2025: Pakistan 1, Afghanistan 0'));
    expect(inputsOf(api, 'compare.timeline').at(-1)!.bucket).toBe('week');
  });
});

describe('position summaries', () => {
  const backendApi = useBackendApi();
  afterEach(() => vi.useRealTimers());

  const storedSummary = async (api: ReturnType<ReturnType<typeof useBackendApi>>) => {
    const matrix = await dispatchOk<CompareMatrix>(api, 'compare.matrix', {});
    return matrix.rows.find((r) => r.topic === 'Diplomacy & talks')!.cells.find((c) => c.side_id === 'pakistan')!.summary;
  };

  it('saves itself after a pause in typing, and says so', async () => {
    const { api } = await overThreeMonths(backendApi);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const field = screen.getByRole('textbox', { name: 'Summary of Pakistan’s position on Diplomacy & talks' });
    fireEvent.change(field, { target: { value: 'Islamabad wants the talks\nto go on.' } });
    expect((field as HTMLTextAreaElement).value).toBe('Islamabad wants the talks to go on.');
    expect(inputsOf(api, 'compare.setSummary')).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(SUMMARY_AUTOSAVE_MS));
    await waitFor(() => expect(field.parentElement!.querySelector('[role="status"]')!.textContent).toBe('Saved'));
    expect(await storedSummary(api)).toBe('Islamabad wants the talks to go on.');
  });

  it('saves on leaving the field and keeps what was saved after a reload', async () => {
    const { api, user, store } = await overThreeMonths(backendApi);
    const field = screen.getByRole('textbox', { name: 'Summary of Pakistan’s position on Diplomacy & talks' });
    await user.type(field, 'Wants talks');
    await user.tab();
    await waitFor(() => expect(inputsOf(api, 'compare.setSummary').at(-1)).toEqual({ topic_id: expect.any(String), side_id: 'pakistan', body: 'Wants talks' }));
    await waitFor(async () => expect(await storedSummary(api)).toBe('Wants talks'));
    await act(() => store.getState().loadCompare());
    expect((screen.getByRole('textbox', { name: 'Summary of Pakistan’s position on Diplomacy & talks' }) as HTMLTextAreaElement).value).toBe('Wants talks');
  });
});
