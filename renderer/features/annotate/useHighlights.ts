import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { highlightSpans, type HighlightSpan } from './highlightSegments';
import { tagsById } from './tagPaths';

/** Loads the open article's highlights and note, and gives the highlights to draw. */
export function useHighlights(articleId: string): { spans: HighlightSpan[]; byId: ReturnType<typeof tagsById> } {
  const load = useAppStore((s) => s.loadAnnotations);
  const annotations = useAppStore((s) => s.annotate.annotations);
  const tags = useAppStore((s) => s.codebook.tags);
  useEffect(() => {
    void load(articleId);
  }, [articleId, load]);
  const byId = useMemo(() => tagsById(tags), [tags]);
  const spans = useMemo(() => highlightSpans(annotations, byId), [annotations, byId]);
  return { spans, byId };
}
