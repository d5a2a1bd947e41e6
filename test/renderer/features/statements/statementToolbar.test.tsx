import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBackendApi } from '../../helpers/backendApi';
import { listAnnotations, selectPhrase } from '../annotate/annotateHarness';
import { JCC_BODY, listStatements, openJccArticle } from './statementsHarness';

const PASSAGE = 'Both sides have agreed to institutionalise such exchanges to sustain engagement and seek durable solutions.';

const toolbar = () => screen.getByRole('toolbar', { name: 'Highlight' });
const panel = () => screen.getByRole('complementary', { name: 'Highlights' });
/** The statement badge on the (one) highlight listed in the side panel. */
const badge = () => within(panel()).getByRole('list', { name: 'Highlights in text order' }).querySelector('.statement-badge');

describe('marking a highlight as a statement in the toolbar', () => {
  const backendApi = useBackendApi();

  it('by keyboard: Alt+S opens the Statement section, the speaker is found by typing, and Ctrl+Enter stores highlight and statement', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    const span = selectPhrase(PASSAGE, JCC_BODY);
    await user.keyboard('h');
    await user.keyboard('{Alt>}s{/Alt}');
    const speaker = within(toolbar()).getByRole('combobox', { name: 'Speaker' });
    expect(document.activeElement).toBe(speaker);
    await user.keyboard('muttaq');
    const option = within(toolbar()).getByRole('option', { name: /Amir Khan Muttaqi/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    // The side follows the speaker; kind defaults to reported speech for words not in quotation marks.
    expect((within(toolbar()).getByRole('combobox', { name: 'Side' }) as HTMLSelectElement).value).toBe('afghanistan');
    expect((within(toolbar()).getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('reported');
    await user.selectOptions(within(toolbar()).getByRole('combobox', { name: 'Stance' }), 'Conciliatory');
    speaker.focus();
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Highlight' })).toBeNull());
    const [highlight] = await listAnnotations(api, stored.id);
    expect(highlight).toMatchObject(span);
    const create = api.calls.find((c) => c.channel === 'statements.create');
    expect(create?.input).toEqual({
      annotation_id: highlight!.id,
      actor_id: 'af-amir-khan-muttaqi',
      speaker_text: null,
      side_id: 'afghanistan',
      kind: 'reported',
      stance: 'conciliatory',
      responds_to: null,
    });
    // Left empty, the date is the backend's default (the article's date), shown once saved.
    const [statement] = await listStatements(api, stored.id);
    expect(statement).toMatchObject({ annotation_id: highlight!.id, said_on: '2025-04-17' });
    await waitFor(() =>
      expect(badge()?.textContent).toBe('Statement: Amir Khan Muttaqi · Afghanistan · reported speech · conciliatory · said 2025-04-17'),
    );
  });

  it('keeps an unlisted speaker as typed, edits everything later from the side panel, and removes the statement but not the highlight', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    selectPhrase(PASSAGE, JCC_BODY);
    await user.keyboard('h');
    await user.keyboard('{Alt>}s{/Alt}');
    await user.keyboard('A government source');
    const unlisted = within(toolbar()).getByRole('option', { name: 'Unlisted speaker: “A government source”' });
    await user.click(unlisted);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await listStatements(api, stored.id)).toHaveLength(1));
    expect((await listStatements(api, stored.id))[0]).toMatchObject({ actor_id: null, speaker_text: 'A government source', side_id: null });

    await user.click(await within(panel()).findByRole('button', { name: /^Edit highlight/ }));
    expect(within(toolbar()).getByRole('button', { name: 'Statement' }).getAttribute('aria-expanded')).toBe('true');
    expect((within(toolbar()).getByRole('combobox', { name: 'Speaker' }) as HTMLInputElement).value).toBe('A government source');
    await user.selectOptions(within(toolbar()).getByRole('combobox', { name: 'Side' }), 'Pakistan');
    await user.selectOptions(within(toolbar()).getByRole('combobox', { name: 'Kind' }), 'Direct quotation');
    await user.clear(within(toolbar()).getByLabelText('Said on'));
    await user.type(within(toolbar()).getByLabelText('Said on'), '2025-04-15');
    await user.click(within(toolbar()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(badge()?.textContent).toBe('Statement: A government source · Pakistan · direct quotation · said 2025-04-15'));
    const update = api.calls.find((c) => c.channel === 'statements.update');
    expect(update?.input).toMatchObject({ side_id: 'pakistan', kind: 'direct', said_on: '2025-04-15', speaker_text: 'A government source' });

    await user.click(within(panel()).getByRole('button', { name: /^Edit highlight/ }));
    await user.click(within(toolbar()).getByRole('button', { name: 'Statement' }));
    await user.click(within(toolbar()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await listStatements(api, stored.id)).toHaveLength(0));
    expect(await listAnnotations(api, stored.id)).toHaveLength(1);
    await waitFor(() => expect(badge()).toBeNull());
  });

  it('says a statement needs a speaker instead of saving one without', async () => {
    const api = backendApi();
    const { user, stored } = await openJccArticle(api);
    selectPhrase(PASSAGE, JCC_BODY);
    await user.keyboard('h');
    await user.keyboard('{Alt>}s{/Alt}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(toolbar()).getByRole('alert').textContent).toContain('Statement: choose a speaker');
    expect(document.activeElement).toBe(within(toolbar()).getByRole('combobox', { name: 'Speaker' }));
    expect(await listAnnotations(api, stored.id)).toHaveLength(0);
  });
});
