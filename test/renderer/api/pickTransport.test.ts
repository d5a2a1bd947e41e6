import { describe, expect, it, vi } from 'vitest';
import { httpTransport } from '../../../renderer/api/httpTransport';
import { pickTransport } from '../../../renderer/api/pickTransport';

describe('pickTransport', () => {
  it('uses the preload bridge when window.parallax is there', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'pong' }));
    const transport = pickTransport({ parallax: { invoke } } as unknown as Window);

    await expect(transport('workspace.info', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith('workspace.info', {});
  });

  it('falls back to HTTP in a plain browser page', () => {
    expect(pickTransport({} as Window)).toBe(httpTransport);
  });
});
