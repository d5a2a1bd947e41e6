import { useMemo, useRef, useState } from 'react';
import type { Article, ArticleRevision } from '../../../shared/domain/article';
import { AnnotatedBody } from '../annotate/AnnotatedBody';
import { HighlightEditor } from '../annotate/HighlightEditor';
import { HighlightsPanel } from '../annotate/HighlightsPanel';
import { HighlightTips } from '../annotate/HighlightTips';
import { useHighlights } from '../annotate/useHighlights';
import { useSuggestions } from '../statements/useSuggestions';
import { useAppStore } from '../../store/AppStoreProvider';
import { ArticleHeader } from './ArticleHeader';
import { KeyPoints } from './KeyPoints';
import { SearchHitsBar } from './SearchHitsBar';
import { useRequestedHighlight } from './useRequestedHighlight';
import { useSearchHits } from './useSearchHits';
import '../annotate/annotate.css';
import '../statements/statements.css';

interface ArticleViewProps {
  article: Article;
  /** The search whose hits are marked; null marks nothing. */
  highlightQuery: string | null;
  onClearHighlight(): void;
  revisions: readonly ArticleRevision[] | null;
  revisionsError: string | null;
}

/**
 * One article as the analyst reads it: metadata, key points, then the canonical body by
 * paragraph with search hits and the analyst's highlights marked, and the highlights panel
 * beside it. Give it a `key` per article.
 */
export function ArticleView({ article, highlightQuery, onClearHighlight, revisions, revisionsError }: ArticleViewProps) {
  const hits = useSearchHits(article.body, highlightQuery);
  const { spans, byId } = useHighlights(article.id);
  const annotations = useAppStore((s) => s.annotate.annotations);
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const suggestionMarks = useSuggestions(article.id, bodyRef);
  const marks = useMemo(() => [...hits.marks, ...suggestionMarks], [hits.marks, suggestionMarks]);
  useRequestedHighlight(article.id, bodyRef);
  const [tip, setTip] = useState<{ id: string; rect: DOMRect | null } | null>(null);
  const showTip = (id: string | null, target: Element | null) =>
    setTip(id ? { id, rect: target?.getBoundingClientRect() ?? null } : null);
  return (
    <>
      {highlightQuery && <SearchHitsBar query={highlightQuery} hits={hits} onClear={onClearHighlight} />}
      <div className="annotate-layout">
        <article
          className="article"
          dir={article.direction}
          lang={article.language === 'und' ? undefined : article.language}
          ref={hits.containerRef}
        >
          <ArticleHeader article={article} revisions={revisions} revisionsError={revisionsError} />
          <KeyPoints article={article} />
          <AnnotatedBody article={article} marks={marks} highlights={spans} bodyRef={bodyRef} onShowTip={showTip} />
        </article>
        <HighlightsPanel bodyRef={bodyRef} />
      </div>
      <HighlightTips annotations={annotations.filter((a) => a.status !== 'orphaned')} tagsById={byId} shown={tip} />
      <HighlightEditor body={article.body} bodyRef={bodyRef} />
    </>
  );
}
