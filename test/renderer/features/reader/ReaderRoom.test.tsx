import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../helpers/fakeApi';
import { renderApp } from '../../helpers/renderApp';

async function openInReader(fields: Parameters<ReturnType<typeof fakeApi>['seed']>[0]) {
  const backend = fakeApi();
  backend.seed(fields);
  const app = renderApp(backend);
  await app.user.click(await screen.findByRole('button', { name: fields.title }));
  return { ...app, article: await screen.findByRole('article') };
}

describe('Reader room', () => {
  it('opens a clicked article with its title as heading and its body as paragraphs', async () => {
    const { article } = await openInReader({
      title: 'JCC meets in Kabul',
      body: 'ISLAMABAD: Signs of a thaw.\n\nThe Joint Coordination Committee met.',
      outlet: 'WE News English',
      published_at: '2025-04-17',
      dateline: 'ISLAMABAD',
      author: 'Staff reporter',
    });

    expect(within(article).getByRole('heading', { level: 1, name: 'JCC meets in Kabul' })).toBeTruthy();
    const paragraphs = article.querySelectorAll('.article-body p');
    expect([...paragraphs].map((p) => [p.textContent, p.getAttribute('dir')])).toEqual([
      ['ISLAMABAD: Signs of a thaw.', 'auto'],
      ['The Joint Coordination Committee met.', 'auto'],
    ]);
    for (const text of ['WE News English', '17 Apr 2025', 'ISLAMABAD', 'Staff reporter']) {
      expect(within(article).getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Reader' }).getAttribute('aria-current')).toBe('page');
  });

  it('sets dir="rtl" and the language on an Urdu article', async () => {
    const { article } = await openInReader({ title: 'سرحدی مذاکرات', body: 'پاکستان اور افغانستان', language: 'ur', direction: 'rtl' });

    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ur');
  });

  it('links an http(s) source to open outside the app', async () => {
    const { article } = await openInReader({ title: 'Linked', body: 'x', url: 'https://example.org/a' });

    const link = within(article).getByRole('link', { name: 'https://example.org/a' });
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://example.org/a',
      '_blank',
      'noopener noreferrer',
    ]);
  });

  it('shows any other source address as plain text', async () => {
    const { article } = await openInReader({ title: 'Unlinked', body: 'x', url: 'javascript:alert(1)' });

    expect(within(article).queryByRole('link')).toBeNull();
    expect(within(article).getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('returns to the library', async () => {
    const { user } = await openInReader({ title: 'Round trip', body: 'x' });
    await user.click(screen.getByRole('button', { name: 'Back to library' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
  });
});
