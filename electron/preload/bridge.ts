import type { Result } from '../../shared/result.js';

/**
 * What the main process tells the window without being asked: the menu's Search and Keyboard
 * shortcuts items, and files imported from the menu, the command line or the Finder (the
 * library then reloads). Nothing else crosses this way, and no event carries data.
 */
export const SHELL_EVENT_TYPES = ['library-changed', 'focus-search', 'show-shortcuts'] as const;
export type ShellEventType = (typeof SHELL_EVENT_TYPES)[number];
export interface ShellEvent {
  type: ShellEventType;
}

export function isShellEvent(value: unknown): value is ShellEvent {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (SHELL_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * What the preload exposes to the renderer as `window.parallax`. The renderer imports this file
 * with `import type` only; the constants are shared by the preload and the main process.
 */
export interface ParallaxBridge {
  /** Calls a contract channel (`noun.verb`); resolves to the dispatcher's Result, never rejects for API errors. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Calls `listener` with each shell event; the returned function stops listening. */
  onEvent(listener: (event: ShellEvent) => void): () => void;
}

/** The property of `window` the bridge is exposed on. */
export const BRIDGE_KEY = 'parallax';

/** The one IPC channel from the renderer to the main process. */
export const INVOKE_CHANNEL = 'parallax:invoke';

/** The one channel from the main process to the renderer (webContents.send). */
export const EVENT_CHANNEL = 'parallax:event';
