import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { segmentText, type TextMark } from './textMarks';

interface MarkedTextProps {
  text: string;
  /** Where `text` begins in the article body, so body offsets in `marks` land on it. */
  start: number;
  marks: readonly TextMark[];
}

/** Text with `<mark>` elements over the given body ranges; text nodes only, never markup. */
export function MarkedText({ text, start, marks }: MarkedTextProps) {
  if (marks.length === 0) return text;
  return segmentText(start, start + text.length, marks).map((segment) => (
    <Fragment key={segment.start}>
      {segment.marks.reduceRight<ReactNode>(
        (inner, mark) => (
          <mark
            className={mark.className}
            data-mark={mark.id}
            aria-current={mark.current ? 'true' : undefined}
            title={mark.title}
            tabIndex={mark.focusable ? -1 : undefined}
            style={mark.colour ? ({ '--mark-colour': mark.colour } as CSSProperties) : undefined}
          >
            {inner}
          </mark>
        ),
        text.slice(segment.start - start, segment.end - start),
      )}
    </Fragment>
  ));
}
