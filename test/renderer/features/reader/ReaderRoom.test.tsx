import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { createArticle, readArticle, renderReader } from './readerHarness';

describe('Reader room', () => {
  const backendApi = useBackendApi();

  it('says how to open an article when none is open', () => {
    renderReader(backendApi().api);

    expect(screen.getByRole('heading', { level: 1, name: 'Reader' })).toBeTruthy();
    expect(screen.getByText(/No article is open/)).toBeTruthy();
  });

  it('shows the opened article with its body as paragraphs', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, {
      title: 'JCC meets in Kabul',
      body: 'ISLAMABAD: Signs of a thaw.\n\nThe Joint Coordination Committee met.',
    });
    const { article } = await readArticle(api, id);

    expect(screen.getByRole('heading', { level: 1, name: 'JCC meets in Kabul' })).toBeTruthy();
    expect([...article.querySelectorAll('.article-body p')].map((p) => p.textContent)).toEqual([
      'ISLAMABAD: Signs of a thaw.',
      'The Joint Coordination Committee met.',
    ]);
  });

  it('explains an article that cannot be opened and offers to try again', async () => {
    const { api } = backendApi();
    const { store } = renderReader(api);
    await act(() => store.getState().openArticle('00000000-0000-4000-8000-000000000001'));

    expect(screen.getByRole('alert').textContent).toContain('No article with id 00000000-0000-4000-8000-000000000001.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('returns to the library', async () => {
    const { api, backend } = backendApi();
    const { id } = await createArticle(backend, { title: 'Round trip', body: 'x' });
    const { store, user } = await readArticle(api, id);
    await user.click(screen.getByRole('button', { name: 'Back to library' }));

    expect(store.getState().room).toBe('library');
  });
});
