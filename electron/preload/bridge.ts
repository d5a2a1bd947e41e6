import type { Result } from '../../shared/result.js';

/**
 * What the preload exposes to the renderer as `window.parallax`. The renderer imports this file
 * with `import type` only; the constants are shared by the preload and the main process.
 */
export interface ParallaxBridge {
  /** Calls a contract channel (`noun.verb`); resolves to the dispatcher's Result, never rejects for API errors. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** The property of `window` the bridge is exposed on. */
export const BRIDGE_KEY = 'parallax';

/** The one IPC channel between the renderer and the main process. */
export const INVOKE_CHANNEL = 'parallax:invoke';
