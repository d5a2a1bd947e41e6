import { useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Article } from '../../../shared/domain/article';
import { useAppStore } from '../../store/AppStoreProvider';
import { ArticleBody } from '../reader/ArticleBody';
import type { TextMark } from '../reader/textMarks';
import { isTextEntry } from '../shortcuts/globalKeys';
import { selectBodyRange, type BodyRange } from './bodyOffsets';
import type { HighlightSpan } from './highlightSegments';
import { currentBodySelection, useBodySelection } from './useBodySelection';
import { nextWordEnd, nextWordStart, previousWordEnd } from './wordSteps';

interface AnnotatedBodyProps {
  article: Article;
  marks: readonly TextMark[];
  highlights: readonly HighlightSpan[];
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Hover or focus on a highlight shows its tooltip; null hides it. */
  onShowTip(id: string | null, target: Element | null): void;
}

const paragraphsIn = (body: HTMLElement) => [...body.querySelectorAll<HTMLElement>('p[data-start]')];

/** The highlight ids a piece of highlighted text names, outermost first. */
export const highlightIdsOf = (element: Element) => (element.getAttribute('data-highlights') ?? '').split(' ').filter(Boolean);

/** The first piece of text highlight `id` covers, in text order. */
export function firstPieceOf(body: HTMLElement | null, id: string): HTMLElement | undefined {
  return [...(body?.querySelectorAll<HTMLElement>('mark[data-highlights]') ?? [])].find((m) => highlightIdsOf(m).includes(id));
}

/**
 * The body as the analyst annotates it: select with the mouse (the toolbar opens on release) or
 * the keyboard (J/K between paragraphs, Shift+arrows by word, H or Enter opens the toolbar);
 * click a highlight to choose it.
 */
export function AnnotatedBody({ article, marks, highlights, bodyRef, onShowTip }: AnnotatedBodyProps) {
  const selectedId = useAppStore((s) => s.annotate.selectedId);
  const selection = useAppStore((s) => s.annotate.selection);
  const setSelection = useAppStore((s) => s.setSelection);
  const openEditor = useAppStore((s) => s.openEditor);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const [focusIndex, setFocusIndex] = useState(0);
  /** The range the keyboard made, so Shift+arrows keep growing it rather than start again. */
  const keyRange = useRef<BodyRange | null>(null);
  useBodySelection(bodyRef, article.body);

  const focusParagraph = (index: number) => {
    const all = bodyRef.current ? paragraphsIn(bodyRef.current) : [];
    const target = all[Math.max(0, Math.min(index, all.length - 1))];
    target?.focus();
  };

  const extendByWord = (paragraph: HTMLElement, forward: boolean) => {
    const body = bodyRef.current!;
    const text = article.body;
    const own = keyRange.current && selection?.start === keyRange.current.start && selection.end === keyRange.current.end;
    let range: BodyRange | null = own ? keyRange.current : null;
    if (!range) {
      const start = nextWordStart(text, Number(paragraph.dataset.start));
      const end = start === null ? null : nextWordEnd(text, start);
      range = start === null || end === null ? null : { start, end };
    } else if (forward) {
      const end = nextWordEnd(text, range.end);
      if (end !== null) range = { start: range.start, end };
    } else {
      const end = previousWordEnd(text, range.end, range.start);
      range = end > range.start ? { start: range.start, end } : range;
    }
    if (!range) return;
    keyRange.current = range;
    selectBodyRange(body, range);
    setSelection(range);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isTextEntry(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const paragraph = (event.target as Element).closest<HTMLElement>('p[data-start]');
    if (!paragraph) return;
    const index = paragraphsIn(bodyRef.current!).indexOf(paragraph);
    const key = event.key;
    if (!event.shiftKey && (key === 'j' || key === 'ArrowDown')) focusParagraph(index + 1);
    else if (!event.shiftKey && (key === 'k' || key === 'ArrowUp')) focusParagraph(index - 1);
    else if (event.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      // Logical order: in right-to-left text the next word is to the left.
      const rtl = getComputedStyle(paragraph).direction === 'rtl' || paragraph.dir === 'rtl';
      extendByWord(paragraph, (key === 'ArrowRight') !== rtl);
    } else if (key === 'Enter' && selection) openEditor({ kind: 'create', ...selection });
    else return;
    event.preventDefault();
  };

  const onMouseUp = () => {
    const range = bodyRef.current && currentBodySelection(bodyRef.current, article.body);
    if (range) {
      setSelection(range);
      openEditor({ kind: 'create', ...range });
    }
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!document.getSelection()?.isCollapsed) return;
    const piece = (event.target as Element).closest('mark[data-highlights]');
    if (!piece) return;
    const ids = highlightIdsOf(piece);
    selectHighlight(ids.at(-1)!, ids.slice(0, -1).reverse());
  };

  const tipTarget = (target: EventTarget) => (target instanceof Element ? target.closest('mark[data-highlights]') : null);
  const showTip = (target: EventTarget) => {
    const piece = tipTarget(target);
    onShowTip(piece ? highlightIdsOf(piece).at(-1)! : null, piece);
  };

  return (
    // Keys and clicks are handled for the paragraphs and highlights inside, which are focusable.
    <div
      ref={bodyRef}
      className="annotated-body"
      onKeyDown={onKeyDown}
      onMouseUp={onMouseUp}
      onClick={onClick}
      onFocus={(event) => {
        const paragraph = (event.target as Element).closest('p[data-start]');
        const index = paragraph && bodyRef.current ? paragraphsIn(bodyRef.current).indexOf(paragraph as HTMLElement) : -1;
        if (index >= 0) setFocusIndex(index);
        showTip(event.target);
      }}
      onBlur={() => onShowTip(null, null)}
      onMouseOver={(event) => showTip(event.target)}
      onMouseLeave={() => onShowTip(null, null)}
    >
      <ArticleBody article={article} marks={marks} highlights={highlights} selectedId={selectedId} focusIndex={focusIndex} />
    </div>
  );
}
