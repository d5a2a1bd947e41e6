import type { CSSProperties } from 'react';
import { MarkedText } from '../reader/MarkedText';
import type { TextMark } from '../reader/textMarks';
import { highlightSegments, type HighlightSpan } from './highlightSegments';

/** The id of the tooltip describing highlight `id` (its tags and note). */
export const tipId = (id: string) => `highlight-tip-${id}`;

interface HighlightedTextProps {
  text: string;
  /** Where `text` begins in the body. */
  start: number;
  highlights: readonly HighlightSpan[];
  /** Search hits, drawn inside the highlights. */
  marks: readonly TextMark[];
  selectedId: string | null;
}

/**
 * A paragraph's text with one `<mark>` per piece covered by highlights. The piece names every
 * highlight covering it (outermost first) so a click picks the innermost; it shows the innermost
 * one's colour, deeper and underlined in the outer one's colour where highlights nest.
 */
export function HighlightedText({ text, start, highlights, marks, selectedId }: HighlightedTextProps) {
  if (highlights.length === 0) return <MarkedText text={text} start={start} marks={marks} />;
  return highlightSegments(text, start, highlights).map((segment) => {
    const inner = <MarkedText key={segment.start} text={segment.text} start={segment.start} marks={marks} />;
    const innermost = segment.highlights.at(-1);
    if (!innermost) return inner;
    const outer = segment.highlights.at(-2) ?? innermost;
    const style = { '--hl-colour': innermost.colour, '--hl-outer': outer.colour } as CSSProperties;
    return (
      <mark
        key={segment.start}
        className="highlight"
        data-highlights={segment.highlights.map((h) => h.id).join(' ')}
        data-start={segment.start}
        data-end={segment.end}
        data-depth={Math.min(segment.highlights.length, 3)}
        aria-current={segment.highlights.some((h) => h.id === selectedId) ? 'true' : undefined}
        aria-describedby={tipId(innermost.id)}
        tabIndex={-1}
        style={style}
      >
        {inner}
      </mark>
    );
  });
}
