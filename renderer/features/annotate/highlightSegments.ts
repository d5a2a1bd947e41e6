import type { Annotation } from '../../../shared/domain/annotation';
import type { Tag } from '../../../shared/domain/tag';
import { segmentText, type BodySpan } from '../reader/textMarks';

/** A highlight as drawn: its body range and the colour it shows in. */
export interface HighlightSpan extends BodySpan {
  id: string;
  colour: string;
}

export interface HighlightSegment {
  start: number;
  end: number;
  text: string;
  /** The highlights covering this piece, outermost first: the last one is the innermost. */
  highlights: HighlightSpan[];
}

/** Shown when a highlight has neither its own colour nor a tag. */
export const DEFAULT_HIGHLIGHT_COLOUR = '#f2c94c';

/** The highlight's own colour, else its first tag's, else the default. */
export function highlightColour(annotation: Pick<Annotation, 'colour' | 'tag_ids'>, tagsById: ReadonlyMap<string, Tag>): string {
  if (annotation.colour) return annotation.colour;
  const first = annotation.tag_ids.map((id) => tagsById.get(id)).find((tag) => tag !== undefined);
  return first?.colour ?? DEFAULT_HIGHLIGHT_COLOUR;
}

/** The highlights to draw: orphans have no place in the text and are listed in the panel only. */
export function highlightSpans(annotations: readonly Annotation[], tagsById: ReadonlyMap<string, Tag>): HighlightSpan[] {
  return annotations
    .filter((a) => a.status !== 'orphaned')
    .map((a) => ({ id: a.id, start: a.start, end: a.end, colour: highlightColour(a, tagsById) }));
}

/**
 * Cuts a paragraph (`text`, starting at body offset `start`) at every highlight boundary. Offsets
 * are logical (UTF-16 indexes in reading order), so right-to-left text cuts the same way.
 */
export function highlightSegments(text: string, start: number, highlights: readonly HighlightSpan[]): HighlightSegment[] {
  return segmentText(start, start + text.length, highlights).map((segment) => ({
    start: segment.start,
    end: segment.end,
    text: text.slice(segment.start - start, segment.end - start),
    highlights: segment.marks,
  }));
}
