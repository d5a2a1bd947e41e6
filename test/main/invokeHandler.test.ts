import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/backend/dispatcher.js';
import { createInvokeHandler } from '../../electron/main/invokeHandler.js';

describe('IPC invoke handler', () => {
  const mainFrame = { url: 'parallax://app/index.html' };
  const answer = { ok: true as const, value: { articles: [] } };

  function setup() {
    const dispatch = vi.fn<Dispatch>(() => answer);
    return { dispatch, handle: createInvokeHandler(dispatch, () => mainFrame) };
  }

  it('passes a request from the main frame to the dispatcher and returns its Result', () => {
    const { dispatch, handle } = setup();
    expect(handle({ senderFrame: mainFrame }, 'articles.list', { limit: 5 })).toBe(answer);
    expect(dispatch).toHaveBeenCalledWith('articles.list', { limit: 5 });
  });

  it('refuses another sender with invalid_input without dispatching', () => {
    const { dispatch, handle } = setup();
    const result = handle({ senderFrame: { url: 'parallax://app/index.html' } }, 'articles.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a channel that is not a string', () => {
    const { dispatch, handle } = setup();
    expect(handle({ senderFrame: mainFrame }, 42, {})).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
