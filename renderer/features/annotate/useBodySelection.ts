import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { isTextEntry } from '../shortcuts/globalKeys';
import { bodyRangeOf, trimRange, type BodyRange } from './bodyOffsets';

/** The body range the window's selection covers now (trimmed of white space), or null. */
export function currentBodySelection(body: HTMLElement, text: string): BodyRange | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = bodyRangeOf(selection.getRangeAt(0), body);
  return range && trimRange(text, range);
}

/**
 * Follows the window's selection inside the body into the store (a selection elsewhere, such as
 * in the toolbar's fields, leaves it as it was), and opens the toolbar on `H` for it.
 */
export function useBodySelection(bodyRef: RefObject<HTMLElement | null>, text: string) {
  const setSelection = useAppStore((s) => s.setSelection);
  const openEditor = useAppStore((s) => s.openEditor);
  const selection = useAppStore((s) => s.annotate.selection);
  const editorOpen = useAppStore((s) => s.annotate.editor !== null);

  useEffect(() => {
    const onChange = () => {
      const body = bodyRef.current;
      const dom = document.getSelection();
      if (!body || !dom || dom.rangeCount === 0) return;
      const range = dom.getRangeAt(0);
      if (!body.contains(range.startContainer) && !body.contains(range.endContainer)) return;
      setSelection(currentBodySelection(body, text));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [bodyRef, text, setSelection]);

  useEffect(() => {
    if (!selection || editorOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      openEditor({ kind: 'create', ...selection });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, editorOpen, openEditor]);
}
