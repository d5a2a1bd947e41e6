import { act, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { BriefingNote } from '../../../../shared/domain/briefing';
import type { BackendApi } from '../../helpers/backendApi';
import { renderApp } from '../../helpers/renderApp';
import { dispatchOk } from '../annotate/annotateHarness';

export { dispatchOk };

/** A note stored straight through the backend, with a body if given. */
export async function seedNote(api: BackendApi, title: string, body = ''): Promise<BriefingNote> {
  const note = await dispatchOk<BriefingNote>(api, 'briefings.create', { title });
  return body ? dispatchOk<BriefingNote>(api, 'briefings.update', { id: note.id, body }) : note;
}

/** The app on the real backend, in the Notes room once its list has loaded. */
export async function openNotes(api: BackendApi) {
  const app = renderApp(api);
  act(() => app.store.getState().goTo('notes'));
  await screen.findByRole('heading', { name: 'Notes', level: 1 });
  await waitFor(() => expect(app.store.getState().briefings.listLoaded).toBe(true));
  return app;
}

/** Opens the note titled `title` from the list and waits for its editor. */
export async function openNote(app: Awaited<ReturnType<typeof openNotes>>, title: string) {
  await app.user.click(await screen.findByRole('button', { name: title }));
  return screen.findByRole('textbox', { name: 'Note text (Markdown)' }) as Promise<HTMLTextAreaElement>;
}

export const storedNote = async (api: BackendApi, id: string) => (await dispatchOk<{ note: BriefingNote }>(api, 'briefings.get', { id })).note;
