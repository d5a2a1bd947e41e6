import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../helpers/fakeApi';
import { renderApp } from '../../helpers/renderApp';

async function openForm() {
  const app = renderApp(fakeApi());
  await app.user.click(await screen.findByRole('button', { name: 'Add article' }));
  return app;
}

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

describe('Add article form', () => {
  it('sends the typed fields to articles.create and shows the new article in the list', async () => {
    const { user, backend } = await openForm();
    await user.type(screen.getByLabelText('Title'), 'Pakistan and Afghanistan revive JCC talks');
    await user.type(screen.getByLabelText('Text'), 'ISLAMABAD: First paragraph.{Enter}{Enter}Second paragraph.');
    await user.type(screen.getByLabelText('URL'), 'https://example.org/jcc');
    await user.type(screen.getByLabelText('Outlet'), 'WE News English');
    await user.type(screen.getByLabelText('Date'), '2025-04-17');
    await user.click(screen.getByRole('button', { name: 'Add to library' }));

    expect(backend.calls.find((call) => call.channel === 'articles.create')?.input).toEqual({
      title: 'Pakistan and Afghanistan revive JCC talks',
      body: 'ISLAMABAD: First paragraph.\n\nSecond paragraph.',
      url: 'https://example.org/jcc',
      outlet: 'WE News English',
      published_at: '2025-04-17',
    });
    expect(await screen.findByRole('button', { name: 'Pakistan and Afghanistan revive JCC talks' })).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent).join('\n')).toContain('Added “Pakistan and Afghanistan revive JCC talks”');
  });

  it('shows an API error in an alert and keeps what was typed', async () => {
    const { user, backend } = await openForm();
    backend.failNext('articles.create', {
      code: 'invalid_input',
      message: 'url: must be an http(s) address',
      field: 'url',
    });
    await user.type(screen.getByLabelText('Title'), 'Border talks');
    await user.type(screen.getByLabelText('Text'), 'Body text.');
    await user.type(screen.getByLabelText('URL'), 'ftp://example.org');
    await user.click(screen.getByRole('button', { name: 'Add to library' }));

    expect((await screen.findByRole('alert')).textContent).toBe('URL: must be an http(s) address');
    expect(screen.getByLabelText('URL').getAttribute('aria-invalid')).toBe('true');
    expect([valueOf('Title'), valueOf('Text'), valueOf('URL')]).toEqual(['Border talks', 'Body text.', 'ftp://example.org']);
  });

  it('clears the complaint once the blamed field is edited', async () => {
    const { user, backend } = await openForm();
    backend.failNext('articles.create', { code: 'invalid_input', message: 'body: must not be empty', field: 'body' });
    await user.type(screen.getByLabelText('Title'), 'Border talks');
    await user.click(screen.getByRole('button', { name: 'Add to library' }));
    await screen.findByRole('alert');
    await user.type(screen.getByLabelText('Text'), 'Now with text.');

    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the draft when the analyst leaves the form and comes back', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Title'), 'Half-typed title');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await user.click(screen.getByRole('button', { name: 'Library' }));

    expect(valueOf('Title')).toBe('Half-typed title');
  });

  it('goes back to the library on Cancel', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
  });
});
