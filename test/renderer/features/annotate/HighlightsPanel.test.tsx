import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_AUTOSAVE_MS } from '../../../../renderer/features/notes/ArticleNote';
import type { Annotation } from '../../../../shared/domain/annotation';
import { useBackendApi } from '../../helpers/backendApi';
import { BODY, dispatchOk, listAnnotations, openAnnotatedArticle, selectPhrase } from './annotateHarness';

const at = (phrase: string) => ({ start: BODY.indexOf(phrase), end: BODY.indexOf(phrase) + phrase.length });

describe('the highlights panel', () => {
  const backendApi = useBackendApi();
  afterEach(() => vi.useRealTimers());

  async function withHighlights() {
    const api = backendApi();
    const { stored, ...rest } = await openAnnotatedArticle(api);
    const make = (phrase: string, note = '') => dispatchOk<Annotation>(api, 'annotations.create', { article_id: stored.id, ...at(phrase), note });
    // Made out of text order, nested, with a note.
    const late = await make('Traders welcomed', 'Markets *react*');
    const outer = await make('reopen the Torkham crossing after talks');
    const inner = await make('Torkham');
    await act(() => rest.store.getState().reloadAnnotations());
    const panel = screen.getByRole('complementary', { name: 'Highlights' });
    return { api, stored, panel, late, outer, inner, ...rest };
  }

  it('lists highlights in text order; a click on nested text chooses the innermost and offers the outer', async () => {
    const { panel, outer, inner } = await withHighlights();
    const items = within(within(panel).getByRole('list', { name: 'Highlights in text order' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.highlight-quote')!.textContent)).toEqual([
      '“reopen the Torkham crossing after talks”',
      '“Torkham”',
      '“Traders welcomed”',
    ]);
    expect(items[2]!.querySelector('em')?.textContent).toBe('react');

    const nested = document.querySelector<HTMLElement>(`mark[data-highlights="${outer.id} ${inner.id}"]`)!;
    expect(nested.dataset.depth).toBe('2');
    fireEvent.click(nested);
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    const alsoHere = within(panel).getByRole('group', { name: 'Other highlights here' });
    fireEvent.click(within(alsoHere).getByRole('button', { name: /reopen the Torkham/ }));
    expect(items[0]!.getAttribute('aria-current')).toBe('true');
  });

  it('goes to a highlight from its quote, and edits and deletes it from the panel', async () => {
    const { api, stored, panel, user, late } = await withHighlights();
    await user.click(within(panel).getByRole('button', { name: '“Traders welcomed”' }));
    expect(document.activeElement?.getAttribute('data-highlights')).toBe(late.id);
    expect(document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent).toContain('Markets react');

    await user.click(within(panel).getByRole('button', { name: 'Edit highlight “Traders welcomed”' }));
    const toolbar = screen.getByRole('toolbar', { name: 'Highlight' });
    const note = within(toolbar).getByRole('textbox', { name: 'Note (Markdown)' }) as HTMLTextAreaElement;
    expect(note.value).toBe('Markets *react*');
    await user.clear(note);
    await user.type(note, 'Relief in Peshawar');
    await user.click(within(toolbar).getByRole('radio', { name: 'Green' }));
    await user.click(within(toolbar).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listAnnotations(api, stored.id)).find((a) => a.id === late.id)).toMatchObject({ note: 'Relief in Peshawar', colour: '#6fcf97' }));

    await user.click(within(panel).getByRole('button', { name: 'Delete highlight “Traders welcomed”' }));
    await waitFor(() => expect(within(panel).queryByRole('button', { name: '“Traders welcomed”' })).toBeNull());
    expect((await listAnnotations(api, stored.id)).map((a) => a.exact)).not.toContain('Traders welcomed');
    expect(within(panel).getByRole('status').textContent).toContain('Undo');
  });

  it('brings a deleted highlight back in the text and the panel after an undo', async () => {
    const { panel, user, store, late } = await withHighlights();
    await user.click(within(panel).getByRole('button', { name: 'Delete highlight “Traders welcomed”' }));
    await waitFor(() => expect(document.querySelector(`mark[data-highlights="${late.id}"]`)).toBeNull());
    await act(() => store.getState().undo());
    await waitFor(() => expect(document.querySelector(`mark[data-highlights="${late.id}"]`)).not.toBeNull());
    expect(within(panel).getByRole('button', { name: '“Traders welcomed”' })).toBeTruthy();
  });

  it('lists orphans apart and re-attaches one to the selected text', async () => {
    const { api, stored, panel, user, store, late } = await withHighlights();
    // As re-anchoring leaves a highlight whose words left the text.
    api.backend.workspace.db.prepare("UPDATE annotation SET status = 'orphaned' WHERE id = ?").run(late.id);
    await act(() => store.getState().reloadAnnotations());
    expect(document.querySelector(`mark[data-highlights~="${late.id}"]`)).toBeNull();
    const orphans = within(panel).getByRole('region', { name: 'Orphaned (1)' });
    const reattach = within(orphans).getByRole('button', { name: 'Re-attach “Traders welcomed” to selection' }) as HTMLButtonElement;
    expect(reattach.disabled).toBe(true);

    const span = selectPhrase('decision');
    expect(reattach.disabled).toBe(false);
    await user.click(reattach);
    await waitFor(() => expect(within(panel).queryByRole('region', { name: /Orphaned/ })).toBeNull());
    expect((await listAnnotations(api, stored.id)).find((a) => a.id === late.id)).toMatchObject({ ...span, exact: 'decision', status: 'anchored' });
  });
});

describe('the article note', () => {
  const backendApi = useBackendApi();
  afterEach(() => vi.useRealTimers());

  it('saves itself after a pause in typing, and on leaving the field', async () => {
    const api = backendApi();
    const { stored } = await openAnnotatedArticle(api);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(screen.getByRole('tab', { name: /Note/ }));
    const field = screen.getByRole('textbox', { name: 'Article note (Markdown)' });
    const saves = () => api.calls.filter((c) => c.channel === 'notes.setArticle');

    fireEvent.change(field, { target: { value: 'First [link](https://example.org) <img src=x onerror=alert(1)>' } });
    await act(() => vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS - 100));
    fireEvent.change(field, { target: { value: 'Second thoughts <script>alert(1)</script> [bad](javascript:alert(1)) [ok](https://example.org)' } });
    await act(() => vi.advanceTimersByTimeAsync(NOTE_AUTOSAVE_MS - 100));
    expect(saves()).toHaveLength(0); // typing again restarted the pause
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(saves()).toHaveLength(1);
    expect(screen.getByText('Saved')).toBeTruthy();
    expect((await dispatchOk<{ body: string }>(api, 'notes.getArticle', { article_id: stored.id })).body).toMatch(/^Second thoughts/);

    const preview = screen.getByRole('region', { name: 'Note preview' });
    expect(preview.querySelector('script')).toBeNull();
    expect([...preview.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
      ['https://example.org', 'noopener noreferrer'],
    ]);

    fireEvent.change(field, { target: { value: 'Final' } });
    fireEvent.blur(field);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(saves()).toHaveLength(2);
    expect((await dispatchOk<{ body: string }>(api, 'notes.getArticle', { article_id: stored.id })).body).toBe('Final');
  });
});
