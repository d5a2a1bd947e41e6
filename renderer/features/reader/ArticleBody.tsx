import { useMemo } from 'react';
import type { Article } from '../../../shared/domain/article';
import { paragraphs } from '../../../shared/text/normalize';
import type { HighlightSpan } from '../annotate/highlightSegments';
import { Paragraph } from './Paragraph';
import type { BodySpan, TextMark } from './textMarks';

const NOTHING: readonly never[] = [];

interface ArticleBodyProps {
  article: Article;
  marks: readonly TextMark[];
  highlights?: readonly HighlightSpan[];
  selectedId?: string | null;
  /** The paragraph the keyboard is on: the one paragraph in the tab order. */
  focusIndex?: number;
}

/** Each paragraph's share of `spans` (a stable empty list when none touches it). */
function byParagraph<S extends BodySpan>(parts: { start: number; text: string }[], spans: readonly S[]): (readonly S[])[] {
  return parts.map((p) => {
    const end = p.start + p.text.length;
    const inside = spans.filter((m) => m.start < end && m.end > p.start);
    return inside.length > 0 ? inside : NOTHING;
  });
}

/** The canonical body by paragraph, with marks and highlights given as body offsets. */
export function ArticleBody({ article, marks, highlights = NOTHING, selectedId = null, focusIndex = 0 }: ArticleBodyProps) {
  const parts = useMemo(() => paragraphs(article.body), [article.body]);
  // Each paragraph gets only what touches it, so a change of the current hit or highlight
  // re-renders just the paragraphs it affects.
  const marksByParagraph = useMemo(() => byParagraph(parts, marks), [parts, marks]);
  const highlightsByParagraph = useMemo(() => byParagraph(parts, highlights), [parts, highlights]);
  return (
    <div className="article-body">
      {parts.map((p, i) => (
        <Paragraph
          key={p.start}
          text={p.text}
          start={p.start}
          article={article}
          marks={marksByParagraph[i]}
          highlights={highlightsByParagraph[i]}
          selectedId={highlightsByParagraph[i]!.some((h) => h.id === selectedId) ? selectedId : null}
          tabIndex={i === focusIndex ? 0 : -1}
        />
      ))}
    </div>
  );
}
