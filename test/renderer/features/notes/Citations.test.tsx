import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../shared/domain/statement';
import { useBackendApi, type BackendApi } from '../../helpers/backendApi';
import { seedArticle, seedStatement } from '../compare/compareHarness';
import { openNote, openNotes, seedNote, storedNote } from './notesHarness';

const DAR = 'pk-ishaq-dar';
const MUTTAQI = 'af-amir-khan-muttaqi';
const TOPIC = 'Diplomacy & talks';

/** Dar and Muttaqi, one statement each on the topic. */
async function seedTalks(api: BackendApi) {
  const article = await seedArticle(api, 'Talks in Kabul', ['We want good relations with Kabul', 'Trade must resume soon']);
  const dar = await seedStatement(api, article, { phrase: 'We want good relations with Kabul', actor: DAR, topic: TOPIC, said_on: '2025-04-17' });
  const muttaqi = await seedStatement(api, article, { phrase: 'Trade must resume soon', actor: MUTTAQI, topic: TOPIC, said_on: '2025-04-18' });
  return { dar, muttaqi };
}

const preview = () => screen.getByRole('region', { name: 'Preview' });

/** Picks the statement whose speaker or words match `filter` in "Insert quotation…". */
async function insertQuotation(user: Awaited<ReturnType<typeof openNotes>>['user'], filter: string) {
  await user.click(screen.getByRole('button', { name: 'Insert quotation…' }));
  const dialog = screen.getByRole('dialog', { name: 'Insert quotation' });
  await user.type(within(dialog).getByRole('searchbox', { name: 'Filter by speaker or words' }), filter);
  const choices = within(within(dialog).getByRole('list', { name: 'Citable quotations' })).getAllByRole('button');
  expect(choices).toHaveLength(1);
  await user.click(choices[0]!);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('citations in a briefing note', () => {
  const backendApi = useBackendApi();

  it('puts the chosen statement’s token on its own line where the cursor was, and saves it', async () => {
    const api = backendApi();
    const { dar } = await seedTalks(api);
    const note = await seedNote(api, 'Talks', 'Intro words\nClosing words');
    const app = await openNotes(api);
    const text = await openNote(app, 'Talks');
    act(() => text.setSelectionRange('Intro words'.length, 'Intro words'.length));

    await insertQuotation(app.user, 'Dar');

    const { citations } = app.store.getState().briefings;
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({ kind: 'quote', target: { type: 'statement', id: dar.id } });
    const expected = `Intro words\n{{quote:${citations[0]!.id}}}\nClosing words`;
    expect(text.value).toBe(expected);
    await waitFor(async () => expect((await storedNote(api, note.id)).body).toBe(expected));
  });

  it('renders quotations as numbered cards with the sources listed at the end', async () => {
    const api = backendApi();
    await seedTalks(api);
    await seedNote(api, 'Talks', '## What each side said');
    const app = await openNotes(api);
    const text = await openNote(app, 'Talks');
    act(() => text.setSelectionRange(text.value.length, text.value.length));
    await insertQuotation(app.user, 'Muttaqi');
    await insertQuotation(app.user, 'good relations');

    const view = preview();
    expect(within(view).getByRole('heading', { name: 'What each side said' })).toBeTruthy();
    const muttaqi = within(view).getByRole('figure', { name: 'Quotation [1]' });
    expect(muttaqi.querySelector('q')!.textContent).toBe('Trade must resume soon');
    expect(muttaqi.textContent).toContain('Amir Khan Muttaqi');
    expect(muttaqi.textContent).toContain('18 April 2025');
    const dar = within(view).getByRole('figure', { name: 'Quotation [2]' });
    expect(dar.querySelector('q')!.textContent).toBe('We want good relations with Kabul');
    const sources = within(within(view).getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(sources.map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    expect(sources[0]!.textContent).toContain('Amir Khan Muttaqi');
    expect(sources[1]!.textContent).toContain('Ishaq Dar');
    expect(sources[1]!.textContent).toContain('Talks in Kabul');
  });

  it('inserts a topic’s comparison as a two-column block whose statements join the sources', async () => {
    const api = backendApi();
    await seedTalks(api);
    await seedNote(api, 'Talks');
    const app = await openNotes(api);
    await openNote(app, 'Talks');
    await app.user.click(screen.getByRole('button', { name: 'Insert comparison…' }));
    await app.user.click(within(screen.getByRole('dialog', { name: 'Insert comparison' })).getByRole('button', { name: TOPIC }));

    const block = await within(preview()).findByRole('region', { name: `Comparison: ${TOPIC}` });
    const columns = [...block.querySelectorAll('.comparison-column')];
    expect(columns.map((c) => c.querySelector('h4')!.textContent)).toEqual(['Pakistan', 'Afghanistan']);
    expect(columns[0]!.textContent).toContain('We want good relations with Kabul');
    expect(columns[1]!.textContent).toContain('Trade must resume soon');
    expect(within(within(preview()).getByRole('region', { name: 'Sources' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('flags a cited statement edited since, and Update takes it as it reads now', async () => {
    const api = backendApi();
    const { dar } = await seedTalks(api);
    await seedNote(api, 'Talks');
    const app = await openNotes(api);
    await openNote(app, 'Talks');
    await insertQuotation(app.user, 'Dar');
    // The statement is redated after it was cited.
    const redated = await api.backend.dispatch('statements.update', { id: dar.id, said_on: '2025-04-20' });
    expect(redated.ok && (redated.value as Statement).said_on).toBe('2025-04-20');
    // Back in the Notes room after editing elsewhere, the open note is fetched again.
    act(() => app.store.getState().goTo('library'));
    act(() => app.store.getState().goTo('notes'));

    const card = await within(preview()).findByRole('figure', { name: 'Quotation [1]' });
    const flag = within(card).getByRole('group', { name: 'Changed since cited' });
    expect(card.textContent).toContain('17 April 2025');
    await app.user.click(within(flag).getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(within(card).queryByRole('group', { name: 'Changed since cited' })).toBeNull());
    expect(card.textContent).toContain('20 April 2025');
    expect(api.calls.some((c) => c.channel === 'briefings.refreshCitation')).toBe(true);
  });

  it('marks a token whose citation the note does not hold', async () => {
    const api = backendApi();
    await seedNote(api, 'Stray', 'Text\n{{quote:00000000-0000-4000-8000-000000000099}}');
    const app = await openNotes(api);
    await openNote(app, 'Stray');
    expect(within(preview()).getByText(/Citation not found in this note/)).toBeTruthy();
  });
});
