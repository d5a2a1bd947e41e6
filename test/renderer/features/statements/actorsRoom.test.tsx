import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/domain/actor';
import type { SideList } from '../../../../shared/domain/side';
import { useBackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { dispatchOk } from '../annotate/annotateHarness';

async function openActors(api: ReturnType<ReturnType<typeof useBackendApi>>) {
  const app = renderApp(api);
  await app.user.click(screen.getByRole('button', { name: 'Actors' }));
  await screen.findByRole('heading', { level: 1, name: 'Actors' });
  await waitFor(() => expect(within(screen.getByRole('table', { name: 'Actors' })).getAllByRole('row').length).toBeGreaterThan(10));
  return app;
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Actors' }))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('the Actors room', () => {
  const backendApi = useBackendApi();

  it('finds an actor by an alias typed in Urdu script and shows that alias right to left', async () => {
    const api = backendApi();
    const { user } = await openActors(api);
    await user.type(screen.getByRole('searchbox', { name: 'Search actors' }), 'اسحاق ڈار');
    await waitFor(() => expect(rowNames()).toEqual(['Ishaq Dar']));
    const row = screen.getByRole('rowheader', { name: 'Ishaq Dar' }).closest('tr')!;
    expect(row.textContent).toContain('Pakistan');
    const urdu = [...row.querySelectorAll('dd')].find((dd) => dd.textContent!.split('، ').includes('اسحاق ڈار'))!;
    expect(urdu.getAttribute('dir')).toBe('rtl');
    expect(urdu.getAttribute('lang')).toBe('ur');
  });

  it('filters by side', async () => {
    const api = backendApi();
    const { user } = await openActors(api);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Side' }), 'Afghanistan');
    const actors = await dispatchOk<Actor[]>(api, 'actors.list', { side_id: 'afghanistan' });
    await waitFor(() => expect(rowNames().sort()).toEqual(actors.map((a) => a.name).sort()));
    expect(rowNames()).toContain('Amir Khan Muttaqi');
  });

  it('renames and recolours a side, adds one, and chooses the two compared', async () => {
    const api = backendApi();
    const { user } = await openActors(api);
    const name = screen.getByRole('textbox', { name: 'Name of Other' });
    await user.clear(name);
    await user.type(name, 'Others{Enter}');
    fireEvent.change(await screen.findByLabelText('Colour of Others'), { target: { value: '#123456' } });
    await waitFor(async () => {
      const { sides } = await dispatchOk<SideList>(api, 'sides.list', {});
      expect(sides.find((s) => s.id === 'other')).toMatchObject({ name: 'Others', colour: '#123456' });
    });

    await user.type(screen.getByRole('textbox', { name: 'New side' }), 'China');
    await user.click(screen.getByRole('button', { name: 'Add side' }));
    await screen.findByRole('textbox', { name: 'Name of China' });

    const compared = screen.getByRole('group', { name: 'Sides compared' });
    await user.selectOptions(within(compared).getByRole('combobox', { name: 'Right side' }), 'China');
    await waitFor(async () => expect((await dispatchOk<SideList>(api, 'sides.list', {})).compared).toEqual(['pakistan', 'china']));
    // The side already on the other column swaps over, so the two always differ.
    await user.selectOptions(within(compared).getByRole('combobox', { name: 'Left side' }), 'China');
    await waitFor(async () => expect((await dispatchOk<SideList>(api, 'sides.list', {})).compared).toEqual(['china', 'pakistan']));
  });

  it('adds an actor with a dated role and an Urdu alias, edits it, and merges it into another', async () => {
    const api = backendApi();
    const { user } = await openActors(api);
    await user.click(screen.getByRole('button', { name: 'Add actor' }));
    let dialog = screen.getByRole('dialog', { name: 'Add actor' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'M. Ishaq Dar');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Side' }), 'Pakistan');
    await user.click(within(dialog).getByRole('button', { name: 'Add role' }));
    const role = within(dialog).getByRole('group', { name: 'Role 1' });
    await user.type(within(role).getByRole('textbox', { name: 'Title' }), 'Deputy Prime Minister');
    await user.type(within(role).getByRole('textbox', { name: 'From' }), '2024-3');
    await user.click(within(dialog).getByRole('button', { name: 'Add alias' }));
    const alias = within(dialog).getByRole('group', { name: 'Alias 1' });
    await user.type(within(alias).getByRole('textbox', { name: 'Alias' }), 'ایم اسحاق ڈار');
    await user.selectOptions(within(alias).getByRole('combobox', { name: 'Language' }), 'Urdu');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Role 1, From: “2024-3” is not a date');
    await user.clear(within(role).getByRole('textbox', { name: 'From' }));
    await user.type(within(role).getByRole('textbox', { name: 'From' }), '2024-03');
    await user.click(within(dialog).getByRole('button', { name: 'Add actor' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [made] = await dispatchOk<Actor[]>(api, 'actors.list', { query: 'M. Ishaq' });
    expect(made).toMatchObject({ side_id: 'pakistan', role: 'Deputy Prime Minister', aliases: [{ alias: 'ایم اسحاق ڈار', language: 'ur' }] });
    expect(made!.roles[0]).toMatchObject({ from: '2024-03', to: null });

    await user.click(await screen.findByRole('button', { name: 'Edit M. Ishaq Dar' }));
    dialog = screen.getByRole('dialog', { name: 'Edit “M. Ishaq Dar”' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Body (ministry, office, party)');
    await user.click(within(dialog).getByRole('button', { name: 'Save actor' }));
    await waitFor(async () => expect((await dispatchOk<Actor>(api, 'actors.get', { id: made!.id })).kind).toBe('body'));

    await user.click(await screen.findByRole('button', { name: 'Merge M. Ishaq Dar into…' }));
    dialog = screen.getByRole('dialog', { name: 'Merge “M. Ishaq Dar” into…' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Find actor' }), 'Ishaq Dar');
    await user.selectOptions(within(dialog).getByRole('listbox', { name: 'Merge into' }), 'Ishaq Dar — Deputy Prime Minister');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await api.backend.dispatch('actors.get', { id: made!.id })).ok).toBe(false);
    const dar = await dispatchOk<Actor>(api, 'actors.get', { id: 'pk-ishaq-dar' });
    expect(dar.aliases.map((a) => a.alias)).toContain('ایم اسحاق ڈار');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'M. Ishaq Dar' })).toBeNull());
  });
});
