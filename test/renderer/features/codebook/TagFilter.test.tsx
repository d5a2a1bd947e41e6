import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { articleRows, rowOf, shownTitles } from '../library/libraryHarness';
import { call, expectLastCall, openCodebook, seedHighlight, tagNamed, treeItem } from './codebookHarness';

describe('Filtering the library by tag', () => {
  const backendApi = useBackendApi();

  async function seedThree() {
    const api = backendApi();
    const ttp = await tagNamed(api.backend, 'TTP');
    const torkham = await tagNamed(api.backend, 'Torkham');
    await seedHighlight(api.backend, 'TTP attack claimed', [ttp.id]);
    await seedHighlight(api.backend, 'Torkham reopens', [torkham.id]);
    await call(api.backend, 'articles.create', { title: 'Untagged trade report', body: 'Trade figures for April.' });
    return { api, ttp };
  }

  it('narrows the list to articles with a highlight under the chosen tag, sub-tags included', async () => {
    const { api } = await seedThree();
    const { user } = renderApp(api);
    await waitFor(() => expect(articleRows()).toHaveLength(3));
    const security = await tagNamed(api.backend, 'Security & militancy');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), security.id);

    await waitFor(() => expect(shownTitles()).toEqual(['TTP attack claimed']));
    expectLastCall(api, 'articles.list', expect.objectContaining({ filters: { tag_ids: [security.id] } }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(articleRows()).toHaveLength(3));
  });

  it('shows each article’s highlight count in its own column', async () => {
    const { api } = await seedThree();
    renderApp(api);
    await waitFor(() => expect(articleRows()).toHaveLength(3));
    const column = screen.getAllByRole('columnheader').findIndex((header) => /Highlights/.test(header.textContent ?? ''));
    expect(column).toBeGreaterThan(0);
    const highlightsOf = (title: string) => within(rowOf(title)).getAllByRole('gridcell')[column]!.textContent;
    expect(highlightsOf('Torkham reopens')).toBe('1');
    expect(highlightsOf('Untagged trade report')).toBe('0');
  });

  it('goes from a tag in the codebook to the library filtered by it', async () => {
    const { api } = await seedThree();
    const { user } = await openCodebook(api);
    await user.click(treeItem('Torkham'));
    await user.click(screen.getByRole('button', { name: 'Show articles with this tag' }));

    await waitFor(() => expect(shownTitles()).toEqual(['Torkham reopens']));
    const torkham = await tagNamed(api.backend, 'Torkham');
    expect((screen.getByRole('combobox', { name: 'Tag' }) as HTMLSelectElement).value).toBe(torkham.id);
  });
});
