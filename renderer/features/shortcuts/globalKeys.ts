/** What a key press anywhere in the window asks for, if anything. */
export type GlobalCommand = 'undo' | 'redo' | 'help';

/** Text fields keep their own Ctrl+Z and their own "?" characters. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The attribute, not isContentEditable: it also covers elements inside an editable region.
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'color', 'range', 'file'].includes(target.type);
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (Cmd on macOS), `?` opens the shortcut help;
 * nothing inside a text field, nor inside an open dialog (an undo there would change what the
 * dialog is about).
 */
export function globalCommand(event: KeyboardEvent): GlobalCommand | null {
  if (event.defaultPrevented || isTextEntry(event.target)) return null;
  if (event.target instanceof Element && event.target.closest('[aria-modal="true"]')) return null;
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  return event.key === '?' && !event.altKey ? 'help' : null;
}
