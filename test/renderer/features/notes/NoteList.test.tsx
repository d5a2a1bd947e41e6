import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIEFING_AUTOSAVE_MS } from '../../../../renderer/features/notes/BriefingEditor';
import { useBackendApi } from '../../helpers/backendApi';
import { dispatchOk, openNote, openNotes, seedNote, storedNote } from './notesHarness';

const titlesListed = () =>
  within(screen.getByRole('list', { name: 'Notes' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.note-title')?.textContent);

describe('the Notes room', () => {
  const backendApi = useBackendApi();
  afterEach(() => vi.useRealTimers());

  it('starts a note with New note, lists it and opens it in the editor', async () => {
    const api = backendApi();
    const { user } = await openNotes(api);
    expect(screen.getByText(/No briefing notes yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Untitled note');
    await waitFor(() => expect(titlesListed()).toEqual(['Untitled note']));
    const stored = await dispatchOk<{ title: string }[]>(api, 'briefings.list', {});
    expect(stored.map((n) => n.title)).toEqual(['Untitled note']);
  });

  it('renames a note in the list: Enter saves, Escape leaves it as it was', async () => {
    const api = backendApi();
    const note = await seedNote(api, 'Draft');
    const { user } = await openNotes(api);
    await user.click(screen.getByRole('button', { name: 'Rename “Draft”' }));
    await user.type(screen.getByRole('textbox', { name: 'New title for “Draft”' }), 'Not this{Escape}');
    expect(titlesListed()).toEqual(['Draft']);

    await user.click(screen.getByRole('button', { name: 'Rename “Draft”' }));
    const field = screen.getByRole('textbox', { name: 'New title for “Draft”' });
    await user.clear(field);
    await user.type(field, 'Border talks, April{Enter}');
    await waitFor(() => expect(titlesListed()).toEqual(['Border talks, April']));
    expect((await storedNote(api, note.id)).title).toBe('Border talks, April');
  });

  it('deletes a note only after the analyst confirms', async () => {
    const api = backendApi();
    await seedNote(api, 'Keep me');
    await seedNote(api, 'Old draft');
    const { user } = await openNotes(api);
    await user.click(screen.getByRole('button', { name: 'Delete “Old draft”' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Old draft”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(titlesListed()).toContain('Old draft');

    await user.click(screen.getByRole('button', { name: 'Delete “Old draft”' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(titlesListed()).toEqual(['Keep me']));
    expect((await dispatchOk<unknown[]>(api, 'briefings.list', {})).length).toBe(1);
  });

  it('searches the notes by their words', async () => {
    const api = backendApi();
    await seedNote(api, 'Trade', 'Torkham reopened for trucks.');
    await seedNote(api, 'Refugees', 'Deportations from Karachi continue.');
    const { user } = await openNotes(api);
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'Torkham');
    await waitFor(() => expect(titlesListed()).toEqual(['Trade']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search notes' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'nothingmatches');
    await screen.findByText('No notes match the search.');
  });

  it('saves the text by itself once typing pauses, saying Saving… then Saved', async () => {
    const api = backendApi();
    const note = await seedNote(api, 'Autosaved');
    const app = await openNotes(api);
    const text = await openNote(app, 'Autosaved');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const updates = () => api.calls.filter((c) => c.channel === 'briefings.update').length;

    fireEvent.change(text, { target: { value: 'First line' } });
    act(() => vi.advanceTimersByTime(BRIEFING_AUTOSAVE_MS - 100));
    fireEvent.change(text, { target: { value: 'First line, longer' } });
    act(() => vi.advanceTimersByTime(BRIEFING_AUTOSAVE_MS - 1));
    // Each keystroke restarts the pause: nothing is saved yet.
    expect(updates()).toBe(0);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();

    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText('Saving…')).toBeTruthy();
    // Testing Library's waiting takes faked timers for Jest's; the rest needs no clock control.
    vi.useRealTimers();
    await screen.findByText('Saved');
    expect(updates()).toBe(1);
    expect((await storedNote(api, note.id)).body).toBe('First line, longer');
  });

  it('shows the saved text again after the header’s Undo takes back a save', async () => {
    const api = backendApi();
    const note = await seedNote(api, 'Undoable', 'As first written');
    const app = await openNotes(api);
    const text = await openNote(app, 'Undoable');
    await app.user.clear(text);
    await app.user.type(text, 'Rewritten');
    act(() => text.blur());
    await screen.findByText('Saved');
    await waitFor(() => expect(app.store.getState().history.canUndo).toBe(true));

    await app.user.click(screen.getByRole('button', { name: /^Undo Edit briefing note/ }));
    await waitFor(() => expect(text.value).toBe('As first written'));
    expect((await storedNote(api, note.id)).body).toBe('As first written');
  });

  it('shows why a save failed and keeps the text', async () => {
    const api = backendApi();
    await seedNote(api, 'Fragile');
    const app = await openNotes(api);
    const text = await openNote(app, 'Fragile');
    api.failNext('briefings.update', { code: 'internal', message: 'The disk is full.' });
    await app.user.type(text, 'Important');
    act(() => text.blur());
    await screen.findByText('Not saved: The disk is full.');
    expect(text.value).toBe('Important');
  });
});
