import { useEffect, useMemo, type RefObject } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { suggestionKey } from '../../store/statementSlice';
import type { TextMark } from '../reader/textMarks';
import { isTextEntry } from '../shortcuts/globalKeys';
import { sidesById } from './sideColours';
import { SUGGESTION_SELECTOR, focusSuggestion, suggestionKeyOf, suggestionMarks } from './suggestionMarks';

/** The first piece of the next (or previous) suggestion from `here` in the body, in text order. */
function neighbourSuggestion(body: HTMLElement, here: Element, backward: boolean): HTMLElement | undefined {
  const seen = new Set<string>();
  const firsts = [...body.querySelectorAll<HTMLElement>(SUGGESTION_SELECTOR)].filter((m) => {
    const id = m.getAttribute('data-mark')!;
    return !seen.has(id) && seen.add(id);
  });
  const own = here.closest(SUGGESTION_SELECTOR)?.getAttribute('data-mark');
  const others = firsts.filter((m) => m.getAttribute('data-mark') !== own);
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // A paragraph contains its suggestions, which count as after it.
  return backward ? others.filter((m) => follows(m, here) && !m.contains(here)).at(-1) : others.find((m) => follows(here, m));
}

/**
 * Loads the open article's statements and suggestions and gives the suggestions' marks; keys on
 * a focused suggestion: Enter accepts, Delete rejects, E edits first, 1–9 toggle the topics
 * accepted with it; N and Shift+N move to the next or previous suggestion. After an accept or
 * reject, focus goes to the next suggestion.
 */
export function useSuggestions(articleId: string, bodyRef: RefObject<HTMLElement | null>): TextMark[] {
  const load = useAppStore((s) => s.loadStatements);
  const suggestions = useAppStore((s) => s.statements.suggestions);
  const sides = useAppStore((s) => s.registry.sides);
  const focusKey = useAppStore((s) => s.statements.focusKey);
  const clearFocus = useAppStore((s) => s.clearSuggestionFocus);
  const recent = useAppStore((s) => s.annotate.recentTagIds);
  const editorOpen = useAppStore((s) => s.annotate.editor !== null);
  const acceptSuggestion = useAppStore((s) => s.acceptSuggestion);
  const rejectSuggestion = useAppStore((s) => s.rejectSuggestion);
  const editSuggestion = useAppStore((s) => s.editSuggestion);
  const toggleAcceptTag = useAppStore((s) => s.toggleAcceptTag);

  useEffect(() => {
    void load(articleId);
  }, [articleId, load]);

  const marks = useMemo(() => suggestionMarks(suggestions, sidesById(sides)), [suggestions, sides]);

  useEffect(() => {
    if (focusKey && !editorOpen && focusSuggestion(bodyRef.current, focusKey)) clearFocus();
  }, [focusKey, marks, editorOpen, bodyRef, clearFocus]);

  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const onKey = (event: KeyboardEvent) => {
      if (isTextEntry(event.target) || event.ctrlKey || event.metaKey || event.altKey || !(event.target instanceof Element)) return;
      const key = event.key;
      if (key.toLowerCase() === 'n') {
        const next = neighbourSuggestion(body, event.target, event.shiftKey);
        if (!next) return;
        next.scrollIntoView?.({ block: 'center' });
        next.focus();
      } else {
        const sKey = suggestionKeyOf(event.target);
        const suggestion = sKey ? suggestions.find((s) => suggestionKey(s) === sKey) : undefined;
        if (!suggestion) return;
        if (key === 'Enter') void acceptSuggestion(suggestion);
        else if (key === 'Delete' || key === 'Backspace') void rejectSuggestion(suggestion);
        else if (key.toLowerCase() === 'e') editSuggestion(suggestion);
        else if (/^[1-9]$/.test(key) && recent[Number(key) - 1]) toggleAcceptTag(recent[Number(key) - 1]!);
        else return;
      }
      // Ours alone: the body's own keys (Enter opens the highlight toolbar) must not also act.
      event.preventDefault();
      event.stopPropagation();
    };
    body.addEventListener('keydown', onKey);
    return () => body.removeEventListener('keydown', onKey);
  }, [bodyRef, suggestions, recent, acceptSuggestion, rejectSuggestion, editSuggestion, toggleAcceptTag]);

  return marks;
}
