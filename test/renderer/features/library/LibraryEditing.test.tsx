import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { renderLibrary, rowOf, seedArticles, shownTitles } from './libraryHarness';

const SEEDS = [
  { title: 'Torkham reopens', outlet: 'Dawn', published_at: '2025-04-10' },
  { title: 'Border trade talks', outlet: 'Tolo News', url: 'https://example.org/talks' },
];

describe('Editing and deleting in the library', () => {
  const backendApi = useBackendApi();

  async function library() {
    const backend = backendApi();
    seedArticles(backend, SEEDS);
    return renderLibrary(backend);
  }

  it('edits details in a dialog and shows the new title in the list', async () => {
    const { user, backend } = await library();
    await user.click(within(rowOf('Torkham reopens')).getByRole('button', { name: /^Edit details/ }));

    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = within(dialog).getByLabelText('Title');
    expect(document.activeElement).toBe(title);
    expect((within(dialog).getByLabelText('Outlet') as HTMLInputElement).value).toBe('Dawn');
    expect((within(dialog).getByLabelText('Published') as HTMLInputElement).value).toBe('2025-04-10');

    await user.clear(title);
    await user.paste('Torkham crossing reopens after talks');
    await user.selectOptions(within(dialog).getByLabelText('Language'), 'ps');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Torkham crossing reopens after talks' })).toBeTruthy();
    expect(within(rowOf('Torkham crossing reopens after talks')).getByText('Pashto')).toBeTruthy();
    // Only the changed fields travel.
    const update = backend.calls.find((call) => call.channel === 'articles.update');
    expect(Object.keys(update!.input as object).sort()).toEqual(['id', 'language', 'title']);
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Articles' }));
  });

  it('shows a validation error next to the field the backend names', async () => {
    const { user } = await library();
    await user.click(within(rowOf('Border trade talks')).getByRole('button', { name: /^Edit details/ }));
    const dialog = screen.getByRole('dialog', { name: 'Edit details' });
    const url = within(dialog).getByLabelText('URL');
    await user.clear(url);
    await user.type(url, 'ftp://example.org/talks');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    const problem = document.getElementById(url.getAttribute('aria-describedby')!)!;
    expect(problem.textContent).toBe('must be an http(s) address');
    expect(url.closest('.dialog-field')!.contains(problem)).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Edit details' })).toBeTruthy();
  });

  it('closes the edit dialog on Escape without saving', async () => {
    const { user, backend } = await library();
    await user.click(within(rowOf('Torkham reopens')).getByRole('button', { name: /^Edit details/ }));
    await user.type(screen.getByLabelText('Title'), ' (draft)');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.calls.some((call) => call.channel === 'articles.update')).toBe(false);
    expect(shownTitles()).toContain('Torkham reopens');
  });

  it('keeps focus inside a dialog while it is open', async () => {
    const { user } = await library();
    await user.click(within(rowOf('Torkham reopens')).getByRole('button', { name: /^Delete/ }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('deletes an article after confirmation naming it', async () => {
    const { user, backend } = await library();
    await user.click(within(rowOf('Torkham reopens')).getByRole('button', { name: /^Delete/ }));

    const dialog = screen.getByRole('dialog', { name: 'Delete “Torkham reopens”?' });
    expect(within(dialog).getByText('Its highlights and notes go with it.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await expect.poll(shownTitles).toEqual(['Border trade talks']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Deleted “Torkham reopens” from the library.');
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Articles' }));
    expect(await backend.backend.dispatch('articles.list', {})).toMatchObject({ value: { total: 1 } });
  });

  it('keeps the article when the deletion is cancelled', async () => {
    const { user, backend } = await library();
    await user.click(within(rowOf('Torkham reopens')).getByRole('button', { name: /^Delete/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownTitles()).toEqual(['Border trade talks', 'Torkham reopens']);
    expect(backend.calls.some((call) => call.channel === 'articles.delete')).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Articles' }));
  });

  it('moves the selection with the arrow keys and opens the selected article with Enter', async () => {
    const { user, grid } = await library();
    grid.focus();
    expect(rowOf('Border trade talks').getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(rowOf('Torkham reopens').getAttribute('aria-selected')).toBe('true');
    expect(grid.getAttribute('aria-activedescendant')).toBe(rowOf('Torkham reopens').id);
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowDown}{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Torkham reopens' })).toBeTruthy();
  });

  it('asks to delete the selected article on Delete, and edits it on F2', async () => {
    const { user, grid } = await library();
    grid.focus();
    await user.keyboard('{ArrowDown}{Delete}');
    expect(screen.getByRole('dialog', { name: 'Delete “Torkham reopens”?' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(grid);

    await user.keyboard('{F2}');
    expect((within(screen.getByRole('dialog', { name: 'Edit details' })).getByLabelText('Title') as HTMLInputElement).value).toBe(
      'Torkham reopens',
    );
  });
});
