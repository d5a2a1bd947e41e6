import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../../../renderer/features/shortcuts/shortcutRegistry';
import { useBackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';

describe('Undo and redo in the frame', () => {
  const backendApi = useBackendApi();

  async function appWithOneChange() {
    const backend = backendApi();
    const app = renderApp(backend);
    await app.store.getState().createTag({ name: 'Water disputes' });
    await screen.findByRole('button', { name: 'Undo Create tag' });
    return app;
  }

  it('labels the header buttons with what they would do, and disables them when there is nothing', async () => {
    renderApp(backendApi());
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('undoes from the header button and announces it politely', async () => {
    const { user } = await appWithOneChange();
    await user.click(screen.getByRole('button', { name: 'Undo Create tag' }));

    expect(await screen.findByRole('button', { name: 'Redo Create tag' })).toBeTruthy();
    const status = screen.getByText('Undid Create tag');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, Cmd+Z and Ctrl+Y alike', async () => {
    const { user, store } = await appWithOneChange();
    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('button', { name: 'Redo Create tag' });
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await screen.findByRole('button', { name: 'Undo Create tag' });
    await user.keyboard('{Meta>}z{/Meta}');
    await screen.findByRole('button', { name: 'Redo Create tag' });
    await user.keyboard('{Control>}y{/Control}');
    await screen.findByRole('button', { name: 'Undo Create tag' });
    expect(store.getState().history.announcement).toBe('Redid Create tag');
  });

  it('leaves Ctrl+Z to text fields, which keep their own undo', async () => {
    const { user, backend } = await appWithOneChange();
    await user.click(screen.getByRole('searchbox', { name: 'Search the library' }));
    await user.keyboard('{Control>}z{/Control}');
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    fireEvent.keyDown(textarea, { key: 'z', ctrlKey: true });
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    fireEvent.keyDown(editable, { key: 'z', ctrlKey: true });

    expect(backend.calls.some((c) => c.channel === 'history.undo')).toBe(false);
    expect(screen.getByRole('button', { name: 'Undo Create tag' })).toBeTruthy();
    textarea.remove();
    editable.remove();
  });
});

describe('Keyboard shortcut help', () => {
  const backendApi = useBackendApi();

  it('opens with ? and lists every registered shortcut under its scope', async () => {
    const { user } = renderApp(backendApi());
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });

    for (const shortcut of SHORTCUTS) {
      const group = within(dialog).getByRole('region', { name: shortcut.scope });
      const entry = within(group).getByText(shortcut.description).closest('.shortcut') as HTMLElement;
      expect(entry.textContent).toContain(shortcut.keys.join(' or '));
    }
    for (const keys of ['Ctrl+K', 'Ctrl+Z', 'Ctrl+Shift+Z', 'ArrowDown', 'Enter', 'Delete']) {
      expect(within(dialog).getAllByText(keys).length).toBeGreaterThan(0);
    }
  });

  it('closes with Escape', async () => {
    const { user } = renderApp(backendApi());
    await user.keyboard('?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('types a question mark into a text field instead of opening', async () => {
    const { user } = renderApp(backendApi());
    const search = screen.getByRole('searchbox', { name: 'Search the library' });
    await user.type(search, 'why?');
    expect((search as HTMLInputElement).value).toBe('why?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
