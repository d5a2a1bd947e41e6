/**
 * A range of the article body drawn as a `<mark>`: a search hit today, an analyst's highlight
 * later. Offsets are UTF-16 indexes into the whole body (paragraphs joined by "\n\n").
 */
export interface TextMark {
  start: number;
  end: number;
  /** Names the mark in the page (`data-mark`); pieces of one mark split across paragraphs share it. */
  id: string;
  className: string;
  /** The mark the analyst is on now (`aria-current`). */
  current?: boolean;
  /** Drawn in this colour (`--mark-colour`), e.g. a suggestion in its side's colour. */
  colour?: string;
  /** Shown on hover. */
  title?: string;
  /** Focusable from script (tabindex -1), e.g. a suggestion the keyboard acts on. */
  focusable?: boolean;
}

/** Any range of the body: a search mark, or an analyst's highlight. */
export interface BodySpan {
  start: number;
  end: number;
}

export interface TextSegment<M extends BodySpan = TextMark> {
  start: number;
  end: number;
  /** The marks covering this piece, outermost (earliest start, then longest) first. */
  marks: M[];
}

/**
 * Cuts the body range [from, to) at every mark boundary inside it. Marks may overlap (a search
 * hit inside a highlight): each piece lists every mark covering it, so they nest when drawn.
 */
export function segmentText<M extends BodySpan = TextMark>(from: number, to: number, marks: readonly M[]): TextSegment<M>[] {
  const inside = marks
    .filter((m) => m.end > m.start && m.start < to && m.end > from)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, from));
    cuts.add(Math.min(m.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<M>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}
