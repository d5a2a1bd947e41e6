/**
 * Every keyboard shortcut the app answers, for the `?` help overlay. A feature that adds keys
 * adds its entries here (the keys themselves are handled in the feature's own code).
 */
export interface Shortcut {
  /** Alternatives, each as shown on the keyboard ("Ctrl+Shift+Z"); Cmd replaces Ctrl on macOS. */
  keys: string[];
  description: string;
  /** Where it works: "Anywhere" or the room or part of the window that has focus. */
  scope: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { scope: 'Anywhere', keys: ['Ctrl+K'], description: 'Search the library' },
  { scope: 'Anywhere', keys: ['Ctrl+Z'], description: 'Undo the last change to highlights, tags or notes' },
  { scope: 'Anywhere', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], description: 'Redo what was undone' },
  { scope: 'Anywhere', keys: ['?'], description: 'Show these keyboard shortcuts' },
  { scope: 'Library list', keys: ['ArrowUp', 'ArrowDown'], description: 'Select the previous or next article' },
  { scope: 'Library list', keys: ['PageUp', 'PageDown', 'Home', 'End'], description: 'Jump a page, or to the first or last article' },
  { scope: 'Library list', keys: ['Enter'], description: 'Open the selected article in the reader' },
  { scope: 'Library list', keys: ['F2'], description: 'Edit the selected article’s details' },
  { scope: 'Library list', keys: ['Delete'], description: 'Delete the selected article (asks first)' },
  { scope: 'Codebook tree', keys: ['ArrowUp', 'ArrowDown'], description: 'Select the previous or next tag' },
  { scope: 'Codebook tree', keys: ['ArrowRight', 'ArrowLeft'], description: 'Open or close a tag’s sub-tags, or go to its first sub-tag or its parent' },
  { scope: 'Codebook tree', keys: ['Home', 'End'], description: 'Select the first or last tag' },
  { scope: 'Codebook tree', keys: ['F2'], description: 'Rename the selected tag (Enter saves, Escape cancels)' },
  { scope: 'Codebook tree', keys: ['Delete'], description: 'Delete the selected tag (asks first)' },
  { scope: 'Reader', keys: ['J', 'K', 'ArrowDown', 'ArrowUp'], description: 'Move to the next or previous paragraph' },
  { scope: 'Reader', keys: ['Shift+ArrowRight', 'Shift+ArrowLeft'], description: 'Select a word more or less, from the paragraph you are on (reading order in right-to-left text)' },
  { scope: 'Reader', keys: ['H', 'Enter'], description: 'Highlight the selected text: opens the highlight toolbar' },
  { scope: 'Highlight toolbar', keys: ['ArrowDown', 'ArrowUp', 'Enter'], description: 'In the tag field: choose a matching tag, or create the tag typed' },
  { scope: 'Highlight toolbar', keys: ['1', '2', '…', '9'], description: 'Add or remove a recent tag (its number shows on it)' },
  { scope: 'Highlight toolbar', keys: ['Ctrl+Enter'], description: 'Save the highlight (Enter in an empty tag field too)' },
  { scope: 'Highlight toolbar', keys: ['Alt+S', 'S'], description: 'Show or hide the Statement section: speaker, side, kind, stance, date (S outside a text field)' },
  { scope: 'Highlight toolbar', keys: ['Escape'], description: 'Close the toolbar without saving' },
  { scope: 'Reader', keys: ['N', 'Shift+N'], description: 'Go to the next or previous suggested statement (dashed underline)' },
  { scope: 'Suggested statement', keys: ['Enter'], description: 'Accept it as a statement, with its speaker, side and kind and the topics chosen' },
  { scope: 'Suggested statement', keys: ['Delete'], description: 'Reject it (it is not suggested again)' },
  { scope: 'Suggested statement', keys: ['E'], description: 'Edit speaker, side or topics in the toolbar before accepting' },
  { scope: 'Suggested statement', keys: ['1', '2', '…', '9'], description: 'Choose or drop a recent topic for the statements you accept' },
];

/** The shortcuts grouped by scope, scopes in the order they first appear. */
export function shortcutsByScope(shortcuts: readonly Shortcut[]): [string, Shortcut[]][] {
  const groups = new Map<string, Shortcut[]>();
  for (const shortcut of shortcuts) groups.set(shortcut.scope, [...(groups.get(shortcut.scope) ?? []), shortcut]);
  return [...groups];
}
