import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../helpers/fakeApi';
import { renderApp } from '../../helpers/renderApp';

describe('Library room', () => {
  it('explains an empty library and offers Add article', async () => {
    renderApp();
    expect(await screen.findByText(/Your library is empty\. Add your first article/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add article' })).toBeTruthy();
  });

  it('lists articles newest first with outlet, published date and language', async () => {
    const backend = fakeApi();
    backend.seed({ title: 'Older piece', body: 'a', outlet: 'Dawn', published_at: '2025-04-10' });
    backend.seed({ title: 'Newer piece', body: 'b', language: 'ur', direction: 'rtl' });
    renderApp(backend);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('button').textContent)).toEqual(['Newer piece', 'Older piece']);
    expect(within(rows[1]!).getByText('Dawn')).toBeTruthy();
    expect(within(rows[1]!).getByText('10 Apr 2025')).toBeTruthy();
    expect(within(rows[0]!).getByText('Urdu')).toBeTruthy();
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

  it('pages through a library larger than one page', async () => {
    const backend = fakeApi();
    for (let i = 1; i <= 55; i += 1) backend.seed({ title: `Article ${i}`, body: `text ${i}` });
    const { user } = renderApp(backend);

    expect(await screen.findByText('Articles 1–50 of 55')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Articles 51–55 of 55')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Article 1' })).toBeTruthy();
  });
});
