import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findTermMatches } from '../../../shared/search/matchTerms';
import type { TextMark } from './textMarks';

export interface SearchHits {
  count: number;
  /** Index of the hit the analyst is on. */
  current: number;
  marks: TextMark[];
  next(): void;
  previous(): void;
  /** Put on the element holding the body: the current hit is scrolled into view inside it. */
  containerRef: RefObject<HTMLElement | null>;
}

export const hitId = (index: number) => `hit-${index}`;

/**
 * The search hits of `query` in the body, one current; moving wraps around at either end. The
 * current hit is scrolled into view when the article opens and whenever it changes.
 */
export function useSearchHits(body: string, query: string | null): SearchHits {
  const matches = useMemo(() => (query ? findTermMatches(body, query) : []), [body, query]);
  // The position belongs to one list of matches: a new query starts again at the first hit.
  const [position, setPosition] = useState({ matches, index: 0 });
  const current = position.matches === matches ? position.index : 0;
  const containerRef = useRef<HTMLElement | null>(null);
  const count = matches.length;
  const step = (by: number) => {
    if (count > 0) setPosition({ matches, index: (current + by + count) % count });
  };

  const marks = useMemo(
    () =>
      matches.map((m, i) => ({
        start: m.start,
        end: m.end,
        id: hitId(i),
        className: 'reader-hit',
        current: i === current,
      })),
    [matches, current],
  );

  useEffect(() => {
    const mark = containerRef.current?.querySelector(`mark[data-mark="${hitId(current)}"]`);
    // jsdom has no layout and so no scrollIntoView; browsers all do.
    mark?.scrollIntoView?.({ block: 'center' });
  }, [current, matches]);

  return {
    count,
    current,
    marks,
    next: () => step(1),
    previous: () => step(-1),
    containerRef,
  };
}
