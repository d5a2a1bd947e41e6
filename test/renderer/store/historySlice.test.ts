import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/appStore';
import { useBackendApi } from '../helpers/backendApi';

describe('historySlice', () => {
  const backendApi = useBackendApi();

  it('labels Undo and Redo from history.state after a change is noted', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);
    await store.getState().createTag({ name: 'Water disputes' });

    expect(store.getState().history).toMatchObject({ canUndo: true, undoLabel: 'Create tag', canRedo: false, changeCount: 1 });
  });

  it('undoes, bumps the change count, announces what it undid and offers to redo it', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);
    await store.getState().createTag({ name: 'Water disputes' });
    const before = store.getState().history.changeCount;

    await store.getState().undo();

    expect(store.getState().history).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: 'Create tag',
      changeCount: before + 1,
      announcement: 'Undid Create tag',
    });
    const listed = await api.invoke('tags.list', {});
    expect(listed.some((tag) => tag.name === 'Water disputes')).toBe(false);
  });

  it('redoes what was undone and announces it', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);
    await store.getState().createTag({ name: 'Water disputes' });
    await store.getState().undo();
    await store.getState().redo();

    expect(store.getState().history).toMatchObject({ canUndo: true, canRedo: false, announcement: 'Redid Create tag' });
    await expect.poll(() => store.getState().codebook.tags.some((tag) => tag.name === 'Water disputes')).toBe(true);
  });

  it('reloads the codebook after an undo, without the room being shown', async () => {
    const { api } = backendApi();
    const store = createAppStore(api);
    await store.getState().loadTags();
    const ttp = store.getState().codebook.tags.find((tag) => tag.name === 'TTP')!;
    await store.getState().updateTag({ id: ttp.id, name: 'Tehreek-e-Taliban' });
    expect(store.getState().codebook.tags.some((tag) => tag.name === 'Tehreek-e-Taliban')).toBe(true);

    await store.getState().undo();
    await expect.poll(() => store.getState().codebook.tags.find((tag) => tag.id === ttp.id)?.name).toBe('TTP');
  });

  it('announces a failed undo with the backend’s reason and leaves the count alone', async () => {
    const backend = backendApi();
    const store = createAppStore(backend.api);
    backend.failNext('history.undo', { code: 'internal', message: 'The workspace is locked.' });
    await store.getState().undo();

    expect(store.getState().history.announcement).toBe('Could not undo: The workspace is locked.');
    expect(store.getState().history.changeCount).toBe(0);
  });
});
