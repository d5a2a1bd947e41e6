import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/api/apiError';
import { createApi } from '../../../renderer/api/client';
import { httpTransport } from '../../../renderer/api/httpTransport';

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('httpTransport', () => {
  it('posts the JSON input to /rpc/<channel> with same-origin credentials', async () => {
    const fetchMock = answer(200, { ok: true, value: { total: 0, items: [] } });
    const api = createApi(httpTransport);

    await expect(api.invoke('articles.list', { limit: 5 })).resolves.toEqual({ total: 0, items: [] });
    expect(fetchMock).toHaveBeenCalledWith('/rpc/articles.list', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{"limit":5}',
    });
  });

  it('turns { ok: false } into an ApiError with code, message and field', async () => {
    answer(200, { ok: false, error: { code: 'invalid_input', message: 'title: must not be empty', field: 'title' } });
    const api = createApi(httpTransport);

    const error = await api.invoke('articles.create', { title: '', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'title: must not be empty', field: 'title' });
  });

  it('explains a lost sign-in when the host answers 401 without a result', async () => {
    answer(401, 'Parallax needs its access key.');

    const result = await httpTransport('workspace.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/no longer signed in/) } });
  });

  it('explains an unreachable host', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

    const result = await httpTransport('workspace.info', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot reach its host/) } });
  });
});
