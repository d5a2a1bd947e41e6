import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { call, expectLastCall, openCodebook, seedHighlight, tagNamed, treeItem } from './codebookHarness';

describe('Codebook tree', () => {
  const backendApi = useBackendApi();

  it('shows the seeded default codebook as a tree with levels, open parents and each tag’s details', async () => {
    const api = backendApi();
    const { tree } = await openCodebook(api);

    const items = within(tree).getAllByRole('treeitem');
    const tags = await call(api.backend, 'tags.list', {});
    expect(items).toHaveLength(tags.length);
    const security = treeItem('Security & militancy');
    expect(security.getAttribute('aria-level')).toBe('1');
    expect(security.getAttribute('aria-expanded')).toBe('true');
    const ttp = treeItem('TTP');
    expect(ttp.getAttribute('aria-level')).toBe('2');
    expect(ttp.getAttribute('aria-expanded')).toBeNull();
    expect(ttp.textContent).toContain('Tehreek-e-Taliban Pakistan');
  });

  it('counts highlights per tag, and distinct highlights with sub-tags', async () => {
    const api = backendApi();
    const ttp = await tagNamed(api.backend, 'TTP');
    const security = await tagNamed(api.backend, 'Security & militancy');
    await seedHighlight(api.backend, 'First', [ttp.id]);
    await seedHighlight(api.backend, 'Second', [ttp.id, security.id]);
    await openCodebook(api);

    expect(treeItem('TTP').textContent).toContain('2 highlights');
    expect(treeItem('Security & militancy').textContent).toContain('1 highlight (2 with sub-tags)');
  });

  it('moves with the arrows, closes and opens with Left and Right, and jumps with Home and End', async () => {
    const { user } = await openCodebook(backendApi());
    const first = treeItem('Security & militancy');
    expect(first.tabIndex).toBe(0);
    first.focus();

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(treeItem('TTP'));
    expect(treeItem('TTP').getAttribute('aria-selected')).toBe('true');

    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(treeItem('Security & militancy'));
    await user.keyboard('{ArrowLeft}');
    expect(treeItem('Security & militancy').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'TTP' })).toBeNull();

    await user.keyboard('{ArrowRight}');
    expect(treeItem('Security & militancy').getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(treeItem('TTP'));

    await user.keyboard('{End}');
    const items = screen.getAllByRole('treeitem');
    expect(document.activeElement).toBe(items.at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(items[0]);
  });

  it('renames in place with F2: Enter saves through tags.update', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    treeItem('TTP').focus();
    await user.click(treeItem('TTP'));

    await user.keyboard('{F2}');
    const field = screen.getByRole('textbox', { name: 'New name for “TTP”' });
    await user.clear(field);
    await user.type(field, 'Tehreek-e-Taliban{Enter}');

    expect(await screen.findByRole('treeitem', { name: 'Tehreek-e-Taliban' })).toBeTruthy();
    const ttp = await tagNamed(api.backend, 'Tehreek-e-Taliban');
    expectLastCall(api, 'tags.update', { id: ttp.id, name: 'Tehreek-e-Taliban' });
    await waitFor(() => expect(document.activeElement).toBe(treeItem('Tehreek-e-Taliban')));
  });

  it('cancels a rename with Escape, saving nothing', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('TTP'));
    await user.keyboard('{F2}');
    await user.type(screen.getByRole('textbox', { name: 'New name for “TTP”' }), 'xyz{Escape}');

    expect(screen.queryByRole('textbox')).toBeNull();
    expect(treeItem('TTP')).toBeTruthy();
    expect(api.calls.some((c) => c.channel === 'tags.update')).toBe(false);
  });

  it('keeps a refused rename open with the backend’s reason', async () => {
    const api = backendApi();
    const { user } = await openCodebook(api);
    await user.click(treeItem('TTP'));
    await user.keyboard('{F2}');
    const field = screen.getByRole('textbox', { name: 'New name for “TTP”' });
    await user.clear(field);
    await user.type(field, 'Cross-border attacks{Enter}');

    expect((await screen.findByRole('alert')).textContent).toMatch(/already exists under “Security & militancy”/);
    expect(screen.getByRole('textbox', { name: 'New name for “TTP”' })).toBeTruthy();
  });

  it('opens the delete dialog with the Delete key', async () => {
    const { user } = await openCodebook(backendApi());
    await user.click(treeItem('TTP'));
    await user.keyboard('{Delete}');
    expect(screen.getByRole('dialog', { name: 'Delete “TTP”?' })).toBeTruthy();
  });
});
