import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { createArticle, readArticle, renderReader } from './readerHarness';

const BODY = [
  'PESHAWAR: Torkham reopened on Monday.',
  'Traders at Torkham welcomed the news.',
  'Officials said the torkham crossing would stay open.',
].join('\n\n');

// The search's own marks (suggested statements are marked in the body too).
const marks = (root: HTMLElement) => [...root.querySelectorAll('mark.reader-hit')];
const current = (root: HTMLElement) => marks(root).findIndex((m) => m.getAttribute('aria-current') === 'true');

describe('Search hits in the reader', () => {
  const backendApi = useBackendApi();
  // jsdom has no layout, so no scrollIntoView: record which element asked to be shown.
  const scrollIntoView = vi.fn();
  beforeEach(() => {
    Element.prototype.scrollIntoView = scrollIntoView;
  });
  afterEach(() => {
    scrollIntoView.mockReset();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  async function openWithQuery(query: string, body = BODY) {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'Torkham reopens', body });
    return readArticle(api, id, { highlightQuery: query });
  }

  it('marks every hit of the query in the body, as text', async () => {
    const { article } = await openWithQuery('torkham');

    expect(marks(article).map((m) => [m.textContent, m.closest('p')?.textContent?.slice(0, 9)])).toEqual([
      ['Torkham', 'PESHAWAR:'],
      ['Torkham', 'Traders a'],
      ['torkham', 'Officials'],
    ]);
    expect(screen.getByRole('group', { name: 'Search matches' }).textContent).toContain('3 matches for “torkham”');
  });

  it('starts on the first hit and scrolls it into view', async () => {
    const { article } = await openWithQuery('torkham');

    expect(current(article)).toBe(0);
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(marks(article)[0]);
  });

  it('moves to the next and previous hit, wrapping around at the ends', async () => {
    const { article, user } = await openWithQuery('torkham');
    const bar = screen.getByRole('group', { name: 'Search matches' });

    await user.click(within(bar).getByRole('button', { name: 'Next' }));
    expect(current(article)).toBe(1);
    expect(bar.textContent).toContain('2 of 3');
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(marks(article)[1]);

    await user.click(within(bar).getByRole('button', { name: 'Previous' }));
    await user.click(within(bar).getByRole('button', { name: 'Previous' }));
    expect(current(article)).toBe(2);
    expect(bar.textContent).toContain('3 of 3');

    await user.click(within(bar).getByRole('button', { name: 'Next' }));
    expect(current(article)).toBe(0);
  });

  it('marks a phrase spanning words, and only where the words follow each other', async () => {
    const { article } = await openWithQuery('"torkham crossing"');

    expect(marks(article).map((m) => m.textContent)).toEqual(['torkham crossing']);
    expect(screen.getByRole('group', { name: 'Search matches' }).textContent).toContain('1 match for');
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('marks hits in right-to-left paragraphs', async () => {
    const body = 'اسلام آباد: پاکستان اور افغانستان کے درمیان مذاکرات ہوئے۔\n\nافغانستان کے وزیر خارجہ نے کہا کہ بات چیت مثبت رہی۔';
    const { article } = await openWithQuery('افغانستان', body);

    expect(marks(article).map((m) => [m.textContent, m.closest('p')?.getAttribute('dir')])).toEqual([
      ['افغانستان', 'rtl'],
      ['افغانستان', 'rtl'],
    ]);
  });

  it('says when the query is not in the text', async () => {
    const { article } = await openWithQuery('kandahar');

    expect(marks(article)).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Search matches' }).textContent).toContain('No matches for “kandahar”');
  });

  it('clears the marks', async () => {
    const { article, user, store } = await openWithQuery('torkham');
    await user.click(screen.getByRole('button', { name: 'Clear' }));

    expect(marks(article)).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'Search matches' })).toBeNull();
    expect(store.getState().reader.highlightQuery).toBeNull();
    expect(article.querySelector('.article-body')?.textContent).toBe(BODY.replaceAll('\n\n', ''));
  });

  it('marks nothing when the article is opened without a search', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'Torkham reopens', body: BODY });
    const { article } = await readArticle(api, id);

    expect(marks(article)).toHaveLength(0);
    expect(screen.queryByRole('group', { name: 'Search matches' })).toBeNull();
  });

  it('keeps the search when a failed open is retried', async () => {
    const { api, backend, failNext } = backendApi();
    const { id } = await createArticle(backend, { title: 'Torkham reopens', body: BODY });
    failNext('articles.open', { code: 'internal', message: 'The disk is busy.' });
    const { store, user } = renderReader(api);
    await act(() => store.getState().openArticle(id, { highlightQuery: 'torkham' }));
    expect(screen.getByRole('alert').textContent).toContain('The disk is busy.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(marks(await screen.findByRole('article'))).toHaveLength(3);
  });
});
