import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/backend/dispatcher.js';
import { createInvokeHandler } from '../../electron/main/invokeHandler.js';

describe('IPC invoke handler', () => {
  const mainFrame = { url: 'parallax://app/index.html' };
  const answer = { ok: true as const, value: { articles: [] } };

  function setup() {
    const dispatch = vi.fn<Dispatch>(async () => answer);
    return { dispatch, handle: createInvokeHandler(dispatch, () => mainFrame) };
  }

  it('passes a request from the main frame to the dispatcher and returns its Result', async () => {
    const { dispatch, handle } = setup();
    expect(await handle({ senderFrame: mainFrame }, 'articles.list', { limit: 5 })).toEqual(answer);
    expect(dispatch).toHaveBeenCalledWith('articles.list', { limit: 5 });
  });

  it('refuses another sender with invalid_input without dispatching', async () => {
    const { dispatch, handle } = setup();
    const result = await handle({ senderFrame: { url: 'parallax://app/index.html' } }, 'articles.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not a string', async () => {
    const { dispatch, handle } = setup();
    expect(await handle({ senderFrame: mainFrame }, 42, {})).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
