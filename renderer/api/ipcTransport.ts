import type { Result } from '../../shared/result';
import type { Transport } from './client';
import type { ShellEventSource } from './events';

/** What the Electron preload exposes on `window.parallax`, and nothing more. */
export interface ParallaxBridge extends ShellEventSource {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    parallax?: ParallaxBridge;
  }
}

export function ipcTransport(bridge: ParallaxBridge): Transport {
  return (channel, input) => bridge.invoke(channel, input);
}
