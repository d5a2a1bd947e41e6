import { useEffect } from 'react';

/**
 * Saves after typing pauses for `delayMs`: while `dirty`, each new `content` restarts the pause.
 * `save` should be stable (a store action), or every render restarts the pause.
 */
export function useAutosave(dirty: boolean, content: unknown, save: () => Promise<void>, delayMs: number) {
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), delayMs);
    return () => clearTimeout(timer);
  }, [dirty, content, save, delayMs]);
}
