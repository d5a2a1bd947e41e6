import type { RefObject } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { firstPieceOf } from './AnnotatedBody';
import { HighlightToolbar } from './HighlightToolbar';

/** Where the toolbar goes: under the selection, or under the highlight being edited. */
function anchorRect(body: HTMLElement | null, editingId: string | null): DOMRect | null {
  if (editingId) return firstPieceOf(body, editingId)?.getBoundingClientRect() ?? null;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  // jsdom has no layout (no Range rects); the toolbar then docks at the foot of the window.
  const rect = range?.getBoundingClientRect?.();
  return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
}

/** The highlight toolbar, while it is open for new text or for an existing highlight. */
export function HighlightEditor({ body, bodyRef }: { body: string; bodyRef: RefObject<HTMLElement | null> }) {
  const editor = useAppStore((s) => s.annotate.editor);
  const annotations = useAppStore((s) => s.annotate.annotations);
  if (!editor) return null;
  const editing = editor.kind === 'edit' ? (annotations.find((a) => a.id === editor.id) ?? null) : null;
  if (editor.kind === 'edit' && !editing) return null;
  const quote = editor.kind === 'create' ? body.slice(editor.start, editor.end) : editing!.exact;
  const key = editor.kind === 'create' ? `new-${editor.start}-${editor.end}` : editor.id;
  return <HighlightToolbar key={key} editing={editing} quote={quote} anchor={anchorRect(bodyRef.current, editing?.id ?? null)} />;
}
