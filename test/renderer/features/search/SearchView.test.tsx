import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppFrame } from '../../../../renderer/features/frame/AppFrame';
import { createAppStore } from '../../../../renderer/store/appStore';
import { AppStoreProvider } from '../../../../renderer/store/AppStoreProvider';
import type { ArticleCreateInput } from '../../../../shared/domain/article';
import { useBackendApi, type BackendApi } from '../../helpers/backendApi';

const ARTICLES: ArticleCreateInput[] = [
  { title: 'Trade slows', body: 'Trucks queued at Torkham for days.', outlet: 'Dawn', published_at: '2025-04-17' },
  { title: 'Torkham reopens', body: 'The crossing reopened after talks in Kabul.', outlet: 'Tolo News', published_at: '2025-04-20' },
  { title: 'Weather', body: 'Rain in Peshawar.' },
];

async function renderWithBackend(backendApi: BackendApi, articles = ARTICLES) {
  for (const article of articles) {
    const created = await backendApi.backend.dispatch('articles.create', article);
    if (!created.ok) throw new Error(created.error.message);
  }
  const store = createAppStore(backendApi.api);
  // Start away from the library, whose list is not under test here.
  store.getState().goTo('compare');
  const user = userEvent.setup();
  render(
    <AppStoreProvider store={store}>
      <AppFrame />
    </AppStoreProvider>,
  );
  const field = screen.getByRole('searchbox', { name: 'Search the library' });
  const search = async (query: string) => {
    await user.clear(field);
    await user.type(field, `${query}{Enter}`);
  };
  return { store, user, field, search };
}

const results = () => screen.findByRole('list', { name: 'Search results' });
const hitTitles = async () => within(await results()).getAllByRole('button').map((b) => b.textContent);

describe('Search', () => {
  const backendApi = useBackendApi();

  it('shows the matches for a query typed in the header, title hits first, matched words marked', async () => {
    const { search } = await renderWithBackend(backendApi());
    await search('torkham');

    expect(await screen.findByText('2 matches for “torkham”')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeTruthy();
    expect(await hitTitles()).toEqual(['Torkham reopens', 'Trade slows']);
    const [first, second] = within(await results()).getAllByRole('listitem');
    expect([...first!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Torkham']);
    expect(within(first!).getByText('Tolo News · 20 Apr 2025 · English')).toBeTruthy();
    const snippet = second!.querySelector('.search-hit-snippet')!;
    expect(snippet.textContent).toBe('Trucks queued at Torkham for days.');
    expect(snippet.querySelector('mark')?.textContent).toBe('Torkham');
  });

  it('renders matched text as text, never as markup', async () => {
    const { search } = await renderWithBackend(backendApi(), [
      { title: '<img src=x onerror=alert(1)> Torkham', body: '<b>Torkham</b> is open.' },
    ]);
    await search('torkham');

    const [hit] = within(await results()).getAllByRole('listitem');
    expect(hit!.querySelector('img, b')).toBeNull();
    expect(hit!.textContent).toContain('<img src=x onerror=alert(1)> Torkham');
  });

  it('says so when nothing matches', async () => {
    const { search } = await renderWithBackend(backendApi());
    await search('Gwadar');

    expect(await screen.findByText(/^No matches for “Gwadar”\./)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('explains a query that cannot be searched', async () => {
    const { search } = await renderWithBackend(backendApi());
    await search('-trade');

    expect((await screen.findByRole('alert')).textContent).toMatch(/Add a word to search for/);
    expect(screen.queryByText(/matches for/)).toBeNull();
  });

  it('focuses the search field from anywhere with Ctrl+K or Cmd+K', async () => {
    const { user, field } = await renderWithBackend(backendApi());
    await user.click(screen.getByRole('button', { name: 'Codebook' }));
    expect(document.activeElement).not.toBe(field);

    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(field);

    await user.click(screen.getByRole('button', { name: 'Notes' }));
    await user.keyboard('{Meta>}k{/Meta}');
    expect(document.activeElement).toBe(field);
  });

  it('moves through the hits with the arrow keys and opens the focused one with Enter', async () => {
    const { user, search, store } = await renderWithBackend(backendApi());
    await search('torkham');
    await results();

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Torkham reopens');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Trade slows');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Torkham reopens');
    await user.keyboard('{End}{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Trade slows' })).toBeTruthy();
    expect(store.getState().reader.highlightQuery).toBe('torkham');
  });

  it('opens a clicked hit in the reader with the query to mark, and leaves the search view', async () => {
    const { user, search, store } = await renderWithBackend(backendApi());
    await search('kabul talks');
    await user.click(within(await results()).getByRole('button', { name: 'Torkham reopens' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Torkham reopens' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Search' })).toBeNull();
    expect(store.getState().reader).toMatchObject({ highlightQuery: 'kabul talks' });
    expect(store.getState().room).toBe('reader');
  });

  it('narrows the matches with the outlet filter, offering the outlets there are', async () => {
    const { user, search } = await renderWithBackend(backendApi());
    await search('torkham');
    await results();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Outlet' }), 'Dawn (1)');
    expect(await screen.findByText('1 match for “torkham”')).toBeTruthy();
    expect(await hitTitles()).toEqual(['Trade slows']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('2 matches for “torkham”')).toBeTruthy();
  });

  it('narrows the matches by publication date', async () => {
    const { user, search } = await renderWithBackend(backendApi());
    await search('torkham');
    await results();

    await user.type(screen.getByLabelText('Published from'), '2025-04-18');
    expect(await screen.findByText('1 match for “torkham”')).toBeTruthy();
    expect(await hitTitles()).toEqual(['Torkham reopens']);
  });

  it('leaves the search view for a room chosen in the navigation', async () => {
    const { user, search } = await renderWithBackend(backendApi());
    await search('torkham');
    await results();

    await user.click(screen.getByRole('button', { name: 'Notes' }));
    expect(screen.queryByRole('heading', { name: 'Search' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Notes' })).toBeTruthy();
  });

  it('goes back to the room with Close search', async () => {
    const { user, search } = await renderWithBackend(backendApi());
    await search('torkham');
    await user.click(await screen.findByRole('button', { name: 'Close search' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Compare' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
