import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { listAnnotations, openAnnotatedArticle, selectPhrase, tagNamed } from './annotateHarness';

describe('the highlight toolbar, by keyboard', () => {
  const backendApi = useBackendApi();

  it('tags a selection found by typing, adds a note and saves with Ctrl+Enter', async () => {
    const api = backendApi();
    const { user, stored } = await openAnnotatedArticle(api);
    const torkham = await tagNamed(api, 'Torkham');
    const span = selectPhrase('reopen the Torkham crossing');

    await user.keyboard('h');
    const toolbar = screen.getByRole('toolbar', { name: 'Highlight' });
    const combo = within(toolbar).getByRole('combobox', { name: 'Add tag' });
    expect(document.activeElement).toBe(combo);
    await user.keyboard('torkh');
    const option = within(toolbar).getByRole('option', { name: /Border & crossings › Torkham/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(within(toolbar).getByRole('list', { name: 'Chosen tags' })?.textContent).toContain('Torkham');

    await user.click(within(toolbar).getByRole('textbox', { name: 'Note (Markdown)' }));
    await user.keyboard('Reopening **matters** for trade');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Highlight' })).toBeNull());
    const create = api.calls.find((c) => c.channel === 'annotations.create');
    expect(create?.input).toMatchObject({ article_id: stored.id, ...span, tag_ids: [torkham.id], note: 'Reopening **matters** for trade', colour: null });
    const [saved] = await listAnnotations(api, stored.id);
    expect(saved).toMatchObject({ exact: 'reopen the Torkham crossing', tag_ids: [torkham.id] });
    // Drawn in the text in the tag's colour, and listed with its note rendered.
    await waitFor(() => expect(document.querySelector(`mark[data-highlights="${saved!.id}"]`)?.textContent).toContain('reopen the Torkham crossing'));
    const panel = screen.getByRole('complementary', { name: 'Highlights' });
    expect(within(panel).getByText('matters').tagName).toBe('STRONG');
  });

  it('creates a tag inline, and number keys apply the most recent tags', async () => {
    const api = backendApi();
    const { user, stored } = await openAnnotatedArticle(api);
    selectPhrase('Torkham crossing');
    await user.keyboard('h');
    await user.keyboard('Zabihullah Mujahid');
    const create = screen.getByRole('option', { name: 'Create tag “Zabihullah Mujahid”' });
    expect(create.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('list', { name: 'Chosen tags' })?.textContent).toContain('Zabihullah Mujahid'));
    await user.keyboard('{Enter}'); // the tag field is empty again: Enter saves
    await waitFor(() => expect(screen.queryByRole('toolbar')).toBeNull());
    const made = await tagNamed(api, 'Zabihullah Mujahid');

    selectPhrase('Joint Coordination Committee');
    await user.keyboard('h');
    const recent = screen.getByRole('group', { name: 'Recent tags (number keys)' });
    expect(within(recent).getByRole('button', { name: /Zabihullah Mujahid/ }).getAttribute('aria-pressed')).toBe('false');
    await user.keyboard('1');
    expect(within(recent).getByRole('button', { name: /Zabihullah Mujahid/ }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByRole('combobox', { name: 'Add tag' }) as HTMLInputElement).value).toBe('');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await listAnnotations(api, stored.id)).toHaveLength(2));
    const second = (await listAnnotations(api, stored.id)).find((a) => a.exact === 'Joint Coordination Committee');
    expect(second?.tag_ids).toEqual([made.id]);
  });

  it('Escape closes without saving; a paragraph selection made with Shift+arrows by word opens with Enter', async () => {
    const api = backendApi();
    const { user, stored } = await openAnnotatedArticle(api);
    selectPhrase('Kabul');
    await user.keyboard('h');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('toolbar')).toBeNull();

    const paragraphs = screen.getAllByRole('paragraph').filter((p) => p.hasAttribute('data-start'));
    paragraphs[0]!.focus();
    await user.keyboard('j'); // to the second paragraph
    expect(document.activeElement).toBe(paragraphs[1]);
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}{/Shift}');
    expect(document.getSelection()!.toString()).toBe('The Joint');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('toolbar', { name: 'Highlight' })?.textContent).toContain('“The Joint”');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await listAnnotations(api, stored.id)).map((a) => a.exact)).toEqual(['The Joint']));
  });
});
