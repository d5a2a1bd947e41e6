import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { listAnnotations, tagNamed } from '../annotate/annotateHarness';
import { listStatements, listSuggestions, openJccArticle, suggestionPiece } from './statementsHarness';

const DAR = 'Hopefully, within days';
const MUTTAQI = 'Both countries should resolve';

const panel = () => screen.getByRole('complementary', { name: 'Highlights' });

async function showSuggestions(user: UserEvent) {
  await user.click(within(panel()).getByRole('tab', { name: /^Suggestions/ }));
  return within(panel()).getByRole('list', { name: 'Suggestions in text order' });
}

describe('suggested statements in the reader', () => {
  const backendApi = useBackendApi();

  it('draws each suggestion as a focusable dashed mark in its side’s colour and lists them with speaker, side and confidence', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    const suggestions = await listSuggestions(api, stored.id);
    expect(suggestions.length).toBeGreaterThan(3);

    const dar = suggestionPiece(DAR);
    expect(dar.classList.contains('highlight')).toBe(false);
    expect(dar.style.getPropertyValue('--mark-colour')).toBe('#1f7a4d'); // Pakistan's colour
    expect(suggestionPiece(MUTTAQI).style.getPropertyValue('--mark-colour')).toBe('#a4531c'); // Afghanistan's
    expect(dar.tabIndex).toBe(-1);

    expect(within(panel()).getByRole('tab', { name: `Suggestions (${suggestions.length})` })).toBeTruthy();
    const list = await showSuggestions(user);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(suggestions.length);
    const darItem = items.find((li) => li.textContent!.includes(DAR))!;
    expect(darItem.querySelector('.suggestion-meta')!.textContent).toBe('Ishaq Dar · Pakistan · direct · 95%');
    // Its quote in the list takes focus to its mark in the text.
    await user.click(within(darItem).getByRole('button', { name: /^“Hopefully/ }));
    expect(document.activeElement).toBe(dar);
  });

  it('accepts the focused suggestion with Enter: a highlight with a statement appears, the suggestion goes, focus moves to the next', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    const diplomacy = await tagNamed(api, 'Diplomacy & talks');

    // E opens the toolbar on the suggestion to give it a topic first; Ctrl+Enter accepts.
    act(() => suggestionPiece(DAR).focus());
    await user.keyboard('e');
    const toolbar = screen.getByRole('toolbar', { name: 'Highlight' });
    expect((within(toolbar).getByRole('combobox', { name: 'Speaker' }) as HTMLInputElement).value).toBe('Ishaq Dar');
    await user.keyboard('Diplomacy');
    await user.keyboard('{Enter}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Highlight' })).toBeNull());
    expect(api.calls.find((c) => c.channel === 'suggestions.accept')?.input).toMatchObject({
      actor_id: 'pk-ishaq-dar',
      side_id: 'pakistan',
      kind: 'direct',
      tag_ids: [diplomacy.id],
    });
    await waitFor(() => expect(document.querySelector(`mark.highlight`)?.textContent).toContain(DAR));
    expect([...document.querySelectorAll('mark.suggestion-mark')].some((m) => m.textContent!.startsWith(DAR))).toBe(false);

    // Then Enter alone on the next one, its topic toggled on with number key 1 (the recent tag).
    await showSuggestions(user);
    const topics = within(panel()).getByRole('group', { name: 'Topics given to accepted suggestions (number keys)' });
    const topic = within(topics).getByRole('button', { name: /Diplomacy & talks/ });
    expect(topic.getAttribute('aria-pressed')).toBe('false');
    act(() => suggestionPiece(MUTTAQI).focus());
    await user.keyboard('1');
    expect(topic.getAttribute('aria-pressed')).toBe('true');
    const pending = await listSuggestions(api, stored.id);
    const next = pending[pending.findIndex((s) => s.quote.startsWith(MUTTAQI)) + 1]!;
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await listStatements(api, stored.id)).toHaveLength(2));
    const statements = await listStatements(api, stored.id);
    expect(statements.map((s) => [s.speaker, s.side_id, s.tag_ids])).toEqual([
      ['Ishaq Dar', 'pakistan', [diplomacy.id]],
      ['Amir Khan Muttaqi', 'afghanistan', [diplomacy.id]],
    ]);
    expect(await listAnnotations(api, stored.id)).toHaveLength(2);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-mark')).toBe(`suggestion:${next.start}-${next.end}`));
    // Both are listed as highlights with their statement badges.
    await user.click(within(panel()).getByRole('tab', { name: /^Highlights/ }));
    const highlights = within(panel()).getByRole('list', { name: 'Highlights in text order' });
    await waitFor(() => expect(highlights.querySelectorAll('.statement-badge')).toHaveLength(2));
  });

  it('rejects the focused suggestion with Delete, and it stays gone after a reload', async () => {
    const api = backendApi();
    const { user, stored, store } = await openJccArticle(api);
    const before = await listSuggestions(api, stored.id);
    act(() => suggestionPiece(MUTTAQI).focus());
    await user.keyboard('{Delete}');
    await waitFor(() => expect(store.getState().statements.suggestions).toHaveLength(before.length - 1));
    expect([...document.querySelectorAll('mark.suggestion-mark')].some((m) => m.textContent!.startsWith(MUTTAQI))).toBe(false);
    expect(await listStatements(api, stored.id)).toHaveLength(0);

    await act(() => store.getState().loadStatements(stored.id));
    expect(store.getState().statements.suggestions.some((s) => s.quote.startsWith(MUTTAQI))).toBe(false);
    expect((await listSuggestions(api, stored.id)).some((s) => s.quote.startsWith(MUTTAQI))).toBe(false);
  });

  it('accepts every suggestion at or above the chosen confidence at once', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    const suggestions = await listSuggestions(api, stored.id);
    const confident = suggestions.filter((s) => s.confidence >= 0.9 && s.actor_id);
    expect(confident.length).toBeGreaterThan(1);
    expect(confident.length).toBeLessThan(suggestions.length);
    await showSuggestions(user);
    const min = within(panel()).getByRole('spinbutton', { name: 'Minimum confidence' });
    await user.clear(min);
    await user.type(min, '0.9');
    await user.click(within(panel()).getByRole('button', { name: `Accept all above 0.90 (${confident.length})` }));
    await waitFor(async () => expect(await listStatements(api, stored.id)).toHaveLength(confident.length));
    expect((await listStatements(api, stored.id)).map((s) => s.quote)).toEqual(confident.map((s) => s.quote));
    await waitFor(() => expect(within(panel()).getByRole('tab', { name: `Suggestions (${suggestions.length - confident.length})` })).toBeTruthy());
  });
});
