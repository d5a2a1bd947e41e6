import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { call, expectLastCall, openCodebook, seedHighlight, tagNamed, treeItem } from './codebookHarness';

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent!.trim());

describe('Codebook dialogs', () => {
  const backendApi = useBackendApi();

  it('creates a top-level tag and selects it', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(screen.getByRole('button', { name: 'New tag' }));
    const dialog = screen.getByRole('dialog', { name: 'New tag' });
    await user.type(within(dialog).getByLabelText('Name'), 'Water disputes');
    await user.type(within(dialog).getByLabelText(/Description/), 'The Kunar river and dams.');
    await user.click(within(dialog).getByRole('button', { name: 'Create tag' }));

    expect(await screen.findByRole('treeitem', { name: 'Water disputes' })).toBeTruthy();
    expect(treeItem('Water disputes').getAttribute('aria-selected')).toBe('true');
    expectLastCall(api, 'tags.create', { name: 'Water disputes', parent_id: null, description: 'The Kunar river and dams.' });
  });

  it('adds a sub-tag under the selected tag', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('Border & crossings'));
    await user.click(screen.getByRole('button', { name: 'Add sub-tag…' }));
    const dialog = screen.getByRole('dialog', { name: 'New tag under “Border & crossings”' });
    await user.type(within(dialog).getByLabelText('Name'), 'Ghulam Khan{Enter}');

    const created = await screen.findByRole('treeitem', { name: 'Ghulam Khan' });
    expect(created.getAttribute('aria-level')).toBe('2');
    expect((await tagNamed(api.backend, 'Ghulam Khan')).parent_id).toBe((await tagNamed(api.backend, 'Border & crossings')).id);
  });

  it('shows a name clash from the backend inside the dialog and keeps it open', async () => {
    const { user } = await openCodebook(backendApi());
    await user.click(screen.getByRole('button', { name: 'New tag' }));
    const dialog = screen.getByRole('dialog', { name: 'New tag' });
    await user.type(within(dialog).getByLabelText('Name'), 'border & CROSSINGS{Enter}');

    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/already exists at the top level/);
    expect(screen.getByRole('dialog', { name: 'New tag' })).toBeTruthy();
  });

  it('recolours from the palette and from a typed colour code', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    const ttp = await tagNamed(api.backend, 'TTP');
    await user.click(treeItem('TTP'));

    await user.click(screen.getByRole('button', { name: 'Change colour…' }));
    let dialog = screen.getByRole('dialog', { name: 'Colour of “TTP”' });
    expect(within(dialog).getAllByRole('radio')).toHaveLength(12);
    await user.click(within(dialog).getByRole('radio', { name: 'Teal' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save colour' }));
    expectLastCall(api, 'tags.update', { id: ttp.id, colour: '#17becf' });

    await user.click(screen.getByRole('button', { name: 'Change colour…' }));
    dialog = screen.getByRole('dialog', { name: 'Colour of “TTP”' });
    const code = within(dialog).getByLabelText('Or a colour code');
    await user.clear(code);
    await user.type(code, 'abc{Enter}');
    expectLastCall(api, 'tags.update', { id: ttp.id, colour: '#aabbcc' });
    expect((await tagNamed(api.backend, 'TTP')).colour).toBe('#aabbcc');
  });

  it('refuses a colour code that is not one, naming it', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('TTP'));
    await user.click(screen.getByRole('button', { name: 'Change colour…' }));
    const dialog = screen.getByRole('dialog', { name: 'Colour of “TTP”' });
    const code = within(dialog).getByLabelText('Or a colour code');
    await user.clear(code);
    await user.type(code, 'purple{Enter}');

    expect(within(dialog).getByRole('alert').textContent).toBe('Colour: “purple” is not a colour like #1f77b4.');
    expect(api.calls.some((c) => c.channel === 'tags.update')).toBe(false);
  });

  it('moves a tag under another, never offering the tag itself or its sub-tags', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('Border & crossings'));
    await user.click(screen.getByRole('button', { name: 'Move to…' }));
    const dialog = screen.getByRole('dialog', { name: 'Move “Border & crossings”' });
    const picker = within(dialog).getByLabelText('Put it under');
    const offered = optionNames(picker);
    expect(offered).toContain('Trade & transit');
    expect(offered).not.toContain('Border & crossings');
    expect(offered).not.toContain('Torkham');

    const trade = await tagNamed(api.backend, 'Trade & transit');
    await user.selectOptions(picker, trade.id);
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));

    expect((await screen.findByRole('treeitem', { name: 'Border & crossings' })).getAttribute('aria-level')).toBe('2');
    expectLastCall(api, 'tags.update', { id: (await tagNamed(api.backend, 'Border & crossings')).id, parent_id: trade.id });
  });

  it('merges a tag into another after explaining that its highlights follow and it disappears', async () => {
    const api = backendApi();
    const chaman = await tagNamed(api.backend, 'Chaman');
    const torkham = await tagNamed(api.backend, 'Torkham');
    await seedHighlight(api.backend, 'Chaman reopens', [chaman.id]);
    const { user } = await openCodebook(api);
    await user.click(treeItem('Chaman'));
    await user.click(screen.getByRole('button', { name: 'Merge into…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Chaman” into another tag' });
    expect(dialog.textContent).toMatch(/Its 1 highlight will carry the tag you choose instead.*disappears from the codebook/);

    await user.selectOptions(within(dialog).getByLabelText('Merge into'), torkham.id);
    await user.click(within(dialog).getByRole('button', { name: 'Merge into “Torkham”' }));

    await screen.findByRole('treeitem', { name: /Torkham/ });
    expect(screen.queryByRole('treeitem', { name: 'Chaman' })).toBeNull();
    expectLastCall(api, 'tags.merge', { from: chaman.id, into: torkham.id });
    expect(treeItem('Torkham').textContent).toContain('1 highlight');
  });

  it('deletes an unused tag after a plain confirm', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    const ttp = await tagNamed(api.backend, 'TTP');
    await user.click(treeItem('TTP'));
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “TTP”?' });
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await screen.findByRole('treeitem', { name: 'Security & militancy' });
    expect(screen.queryByRole('treeitem', { name: 'TTP' })).toBeNull();
    expectLastCall(api, 'tags.delete', { id: ttp.id });
  });

  it('asks where the highlights and sub-tags of a tag in use go before deleting it', async () => {
    const api = backendApi();
    const border = await tagNamed(api.backend, 'Border & crossings');
    const trade = await tagNamed(api.backend, 'Trade & transit');
    await seedHighlight(api.backend, 'Fence talks', [border.id]);
    const { user } = await openCodebook(api);
    await user.click(treeItem('Border & crossings'));
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Border & crossings”?' });
    expect(dialog.textContent).toMatch(/It has 1 highlight and 3 sub-tags/);
    const confirm = within(dialog).getByRole('button', { name: 'Move and delete' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);

    await user.selectOptions(within(dialog).getByLabelText('Move them to'), trade.id);
    await user.click(confirm);

    expect((await screen.findByRole('treeitem', { name: 'Torkham' })).getAttribute('aria-level')).toBe('2');
    expectLastCall(api, 'tags.delete', { id: border.id, move_to: trade.id });
    expect((await call(api.backend, 'tags.list', {})).some((tag) => tag.id === border.id)).toBe(false);
  });

  it('shows a refusal from the backend in the delete dialog', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('TTP'));
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    api.failNext('tags.delete', { code: 'conflict', message: 'The tag changed meanwhile.' });
    const dialog = screen.getByRole('dialog', { name: 'Delete “TTP”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe('The tag changed meanwhile.');
  });
});
