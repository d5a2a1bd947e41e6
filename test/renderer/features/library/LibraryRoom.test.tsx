import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { fakeApi } from '../../helpers/fakeApi';
import { renderApp } from '../../helpers/renderApp';
import { renderLibrary, rowOf, seedArticles, shownTitles, type Seed } from './libraryHarness';

const URDU_BODY = 'اسلام آباد میں پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔';

const SEEDS: Seed[] = [
  { title: 'Torkham reopens', outlet: 'Dawn', published_at: '2025-04-10' },
  { title: 'Border trade talks', outlet: 'Tolo News', published_at: '2025-04-16' },
  { title: 'مذاکرات کا نیا دور', body: URDU_BODY, outlet: 'Dawn', published_at: '2025-04-17' },
];

describe('Library room', () => {
  const backendApi = useBackendApi();

  it('explains an empty library and offers Add article', async () => {
    renderApp(backendApi());
    expect(await screen.findByText(/Your library is empty\. Add your first article/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add article' })).toBeTruthy();
  });

  it('lists articles newest import first with outlet, published date and language by name', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    await renderLibrary(backend);

    expect(shownTitles()).toEqual(['مذاکرات کا نیا دور', 'Border trade talks', 'Torkham reopens']);
    const older = rowOf('Torkham reopens');
    expect(within(older).getByText('Dawn')).toBeTruthy();
    expect(within(older).getByText('10 Apr 2025')).toBeTruthy();
    expect(within(rowOf('مذاکرات کا نیا دور')).getByText('Urdu')).toBeTruthy();
    expect(screen.getByText('3 articles')).toBeTruthy();
  });

  it('shows a failed load in an alert with a way to retry', async () => {
    const backend = fakeApi();
    backend.failNext('articles.list', { code: 'internal', message: 'The workspace is locked.' });
    const { user } = renderApp(backend);

    expect((await screen.findByRole('alert')).textContent).toContain('The workspace is locked.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Your library is empty/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    const { user } = await renderLibrary(backend);
    const header = screen.getByRole('columnheader', { name: 'Title' });
    expect(header.getAttribute('aria-sort')).toBe('none');

    await user.click(within(header).getByRole('button', { name: 'Title' }));
    await expect.poll(shownTitles).toEqual(['Border trade talks', 'Torkham reopens', 'مذاکرات کا نیا دور']);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: 'Imported' }).getAttribute('aria-sort')).toBe('none');

    await user.click(within(header).getByRole('button', { name: 'Title' }));
    await expect.poll(shownTitles).toEqual(['مذاکرات کا نیا دور', 'Torkham reopens', 'Border trade talks']);
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts a date column newest first and the language column alphabetically', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    const { user } = await renderLibrary(backend);

    await user.click(screen.getByRole('button', { name: 'Published' }));
    await expect.poll(shownTitles).toEqual(['مذاکرات کا نیا دور', 'Border trade talks', 'Torkham reopens']);
    await user.click(screen.getByRole('button', { name: 'Language' }));
    await expect.poll(shownTitles).toEqual(['Torkham reopens', 'Border trade talks', 'مذاکرات کا نیا دور']);
  });

  it('narrows the list with the filters and says how many of all match', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    const { user } = await renderLibrary(backend);

    await user.selectOptions(screen.getByLabelText('Outlet'), 'Dawn');
    await expect.poll(shownTitles).toEqual(['مذاکرات کا نیا دور', 'Torkham reopens']);
    expect(screen.getByText('2 of 3 articles')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Language'), 'ur');
    await expect.poll(shownTitles).toEqual(['مذاکرات کا نیا دور']);
    expect(screen.getByText('1 of 3 articles')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expect.poll(shownTitles).toHaveLength(3);
    expect((screen.getByLabelText('Outlet') as HTMLSelectElement).value).toBe('');
  });

  it('filters by publication dates, the last day included', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    const { user } = await renderLibrary(backend);

    await user.type(screen.getByLabelText('Published from'), '2025-04-11');
    await user.type(screen.getByLabelText('Published to'), '2025-04-16');
    await expect.poll(shownTitles).toEqual(['Border trade talks']);
    expect(backend.calls.at(-1)?.input).toMatchObject({ filters: { published_from: '2025-04-11', published_to: '2025-04-16' } });
  });

  it('says when nothing matches instead of calling the library empty', async () => {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    const { user } = await renderLibrary(backend);

    await user.type(screen.getByLabelText('Published from'), '2026-01-01');
    expect(await screen.findByText('No articles match these filters.')).toBeTruthy();
    expect(screen.queryByText(/Your library is empty/)).toBeNull();
    expect(screen.getByText('0 of 3 articles')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
