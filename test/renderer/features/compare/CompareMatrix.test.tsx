import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { inputsOf, openCompare, seedArticle, seedStatement } from './compareHarness';

const DAR = 'pk-ishaq-dar';
const SADIQ = 'pk-mohammad-sadiq-khan';
const MUTTAQI = 'af-amir-khan-muttaqi';

const quotesIn = (cell: HTMLElement) => within(cell).queryAllByRole('listitem').map((li) => li.querySelector('.statement-quote')!.textContent);

/** The cell of the row headed `topic` under the column headed `side`. */
function cellAt(topic: string, side: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Comparison' });
  const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const row = within(table).getByRole('rowheader', { name: topic }).closest('tr')!;
  return within(row).getAllByRole('cell')[columns.indexOf(side)]!;
}

describe('the comparison matrix', () => {
  const backendApi = useBackendApi();

  it('has a row per topic with statements and a column per compared side', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'Talks in Kabul', ['We want good relations', 'Trade must resume', 'Borders stay shut', 'No comment today']);
    await seedStatement(api, article, { phrase: 'We want good relations', actor: DAR, topic: 'Diplomacy & talks', said_on: '2025-04-17' });
    await seedStatement(api, article, { phrase: 'Trade must resume', actor: MUTTAQI, topic: 'Diplomacy & talks', said_on: '2025-04-18' });
    await seedStatement(api, article, { phrase: 'Borders stay shut', actor: MUTTAQI, topic: 'Border & crossings', said_on: '2025-04-16' });
    await seedStatement(api, article, { phrase: 'No comment today', actor: SADIQ, said_on: '2025-04-15' });
    await openCompare(api);

    const table = screen.getByRole('table', { name: 'Comparison' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Pakistan', 'Afghanistan']);
    // Codebook order (Border & crossings comes before Diplomacy & talks), Untagged last.
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Border & crossings', 'Diplomacy & talks', 'Untagged']);
    expect(quotesIn(cellAt('Diplomacy & talks', 'Pakistan'))).toEqual(['“We want good relations”']);
    expect(quotesIn(cellAt('Diplomacy & talks', 'Afghanistan'))).toEqual(['“Trade must resume”']);
    expect(quotesIn(cellAt('Border & crossings', 'Pakistan'))).toEqual([]);
    expect(quotesIn(cellAt('Untagged', 'Pakistan'))).toEqual(['“No comment today”']);
    const meta = cellAt('Diplomacy & talks', 'Pakistan').querySelector('.statement-meta')!.textContent;
    expect(meta).toContain('Ishaq Dar');
    expect(meta).toContain('17 Apr 2025');
    expect(meta).toContain('Dawn');
  });

  it('lists a cell newest first, says how many it holds, and shows more on demand', async () => {
    const api = backendApi();
    const phrases = Array.from({ length: 8 }, (_, i) => `Remark number ${i + 1} on the talks`);
    const article = await seedArticle(api, 'Many remarks', phrases);
    for (const [i, phrase] of phrases.entries()) {
      await seedStatement(api, article, { phrase, actor: DAR, topic: 'Diplomacy & talks', said_on: `2025-04-${String(10 + i).padStart(2, '0')}` });
    }
    const { user } = await openCompare(api);

    const cell = cellAt('Diplomacy & talks', 'Pakistan');
    expect(within(cell).getByText('8 statements')).toBeTruthy();
    expect(quotesIn(cell)).toEqual([8, 7, 6, 5, 4].map((n) => `“Remark number ${n} on the talks”`));
    await user.click(within(cell).getByRole('button', { name: /Show more/ }));
    await waitFor(() => expect(quotesIn(cell)).toHaveLength(8));
    expect(quotesIn(cell).slice(5)).toEqual([3, 2, 1].map((n) => `“Remark number ${n} on the talks”`));
    expect(inputsOf(api, 'compare.cell').at(-1)).toMatchObject({ side_id: 'pakistan', offset: 5 });
    expect(within(cell).queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('gives quotes in right-to-left scripts their own direction', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'اردو', ['ہم پاکستان اور افغانستان کے درمیان اچھے تعلقات چاہتے ہیں اور سرحد کھلی رہنی چاہیے'] );
    await seedStatement(api, article, { phrase: 'ہم پاکستان اور افغانستان کے درمیان اچھے تعلقات چاہتے ہیں', actor: DAR, said_on: '2025-04-17' });
    await openCompare(api);
    const quote = cellAt('Untagged', 'Pakistan').querySelector('.statement-quote span')!;
    expect(quote.getAttribute('dir')).toBe('auto');
    expect(quote.getAttribute('lang')).toBe('ur');
  });

  it('opens the statement’s article in the reader with its highlight focused', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'Talks in Kabul', ['Opening words here', 'We want good relations with Kabul']);
    const statement = await seedStatement(api, article, { phrase: 'We want good relations', actor: DAR, topic: 'Diplomacy & talks', said_on: '2025-04-17' });
    const { user, store } = await openCompare(api);

    await user.click(within(cellAt('Diplomacy & talks', 'Pakistan')).getByRole('button', { name: '“We want good relations”' }));
    await screen.findByRole('heading', { name: 'Talks in Kabul' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-highlights')).toBe(statement.annotation_id));
    expect(store.getState().room).toBe('reader');
    expect(store.getState().annotate.selectedId).toBe(statement.annotation_id);
  });

  it('shows statements that answer each other as a pair, in one cell and across columns', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'Exchange', ['The envoy spoke first', 'The minister answered later', 'Kabul replied sharply']);
    const first = await seedStatement(api, article, { phrase: 'The envoy spoke first', actor: SADIQ, topic: 'Diplomacy & talks', said_on: '2025-04-10' });
    const unrelated = await seedStatement(api, article, { phrase: 'The minister answered later', actor: DAR, topic: 'Diplomacy & talks', said_on: '2025-04-20' });
    await seedStatement(api, article, { phrase: 'Kabul replied sharply', actor: MUTTAQI, topic: 'Diplomacy & talks', said_on: '2025-04-12', responds_to: first.id });
    // A later Pakistani statement answering the envoy follows the envoy's, indented, not above it.
    const article2 = await seedArticle(api, 'Follow-up', ['Islamabad stands by the envoy']);
    await seedStatement(api, article2, { phrase: 'Islamabad stands by the envoy', actor: DAR, topic: 'Diplomacy & talks', said_on: '2025-04-25', responds_to: first.id });
    const { user } = await openCompare(api);

    const pakistan = cellAt('Diplomacy & talks', 'Pakistan');
    const items = within(pakistan).getAllByRole('listitem');
    expect(items.map((li) => [li.querySelector('.statement-quote')!.textContent, li.dataset.depth])).toEqual([
      ['“The minister answered later”', '0'],
      ['“The envoy spoke first”', '0'],
      ['“Islamabad stands by the envoy”', '1'],
    ]);
    expect(unrelated.responds_to).toBeNull();

    const afghanistan = cellAt('Diplomacy & talks', 'Afghanistan');
    await user.click(within(afghanistan).getByRole('button', { name: /Responds to Mohammad Sadiq Khan: “The envoy spoke first”/ }));
    expect(document.activeElement).toBe(within(pakistan).getByRole('button', { name: '“The envoy spoke first”' }));
    await user.click(within(items[1]!).getByRole('button', { name: /Answered by Amir Khan Muttaqi/ }));
    expect(document.activeElement).toBe(within(afghanistan).getByRole('button', { name: '“Kabul replied sharply”' }));
  });

  it('explains how statements are recorded when there are none', async () => {
    const api = backendApi();
    await openCompare(api);
    expect(screen.getByRole('heading', { name: 'No statements recorded yet' })).toBeTruthy();
    expect(screen.getByText(/Highlight a quotation, then mark it as a statement/)).toBeTruthy();
    expect(screen.getByText(/accept the statements Parallax suggests/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Comparison' })).toBeNull();
  });

  it('follows a statement recorded elsewhere (the history counter moves)', async () => {
    const api = backendApi();
    const article = await seedArticle(api, 'Later', ['A new remark']);
    const { store } = await openCompare(api);
    await seedStatement(api, article, { phrase: 'A new remark', actor: MUTTAQI, said_on: '2025-04-17' });
    await act(() => store.getState().noteChange());
    await waitFor(() => expect(quotesIn(cellAt('Untagged', 'Afghanistan'))).toEqual(['“A new remark”']));
  });
});
