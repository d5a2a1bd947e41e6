import type { Result } from '../../shared/result';
import type { Transport } from './client';

const failure = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

function isResult(payload: unknown): payload is Result<unknown> {
  return typeof payload === 'object' && payload !== null && typeof (payload as { ok?: unknown }).ok === 'boolean';
}

/** Browser mode: `POST /rpc/<channel>` to the host that served the page, authenticated by its cookie. */
export const httpTransport: Transport = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(`/rpc/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('Parallax cannot reach its host. Check that the host is still running, then try again.');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (isResult(payload)) return payload;
  if (response.status === 401 || response.status === 403) {
    return failure('This page is no longer signed in to the Parallax host. Open the link the host printed again.');
  }
  return failure(`The Parallax host answered ${response.status} without a result.`);
};
