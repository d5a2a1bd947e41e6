import { memo } from 'react';
import { HighlightedText } from '../annotate/HighlightedText';
import type { HighlightSpan } from '../annotate/highlightSegments';
import type { TextMark } from './textMarks';
import { textLanguage } from './textLanguage';

interface ParagraphProps {
  text: string;
  /** Offset of the paragraph in the article body (also `data-start`, for mapping selections). */
  start: number;
  /** The article's language and direction, for text in its own script. */
  article: { language: string; direction: 'ltr' | 'rtl' };
  marks?: readonly TextMark[];
  /** The analyst's highlights touching this paragraph. */
  highlights?: readonly HighlightSpan[];
  /** The highlight chosen now, when it touches this paragraph. */
  selectedId?: string | null;
  /** Set on body paragraphs, which the keyboard moves between (J/K). */
  tabIndex?: number;
}

/**
 * One paragraph with its own direction, language and script face. Memoised: moving between
 * search hits re-renders only the paragraphs whose marks changed.
 */
export const Paragraph = memo(function Paragraph({
  text,
  start,
  article,
  marks = [],
  highlights = [],
  selectedId = null,
  tabIndex,
}: ParagraphProps) {
  const { lang, dir, scriptClass } = textLanguage(text, article);
  return (
    <p dir={dir} lang={lang} className={scriptClass} data-start={start} tabIndex={tabIndex}>
      <HighlightedText text={text} start={start} highlights={highlights} marks={marks} selectedId={selectedId} />
    </p>
  );
});
