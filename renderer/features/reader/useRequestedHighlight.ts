import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { focusHighlight } from '../annotate/HighlightsPanel';

/**
 * When the article was opened at a highlight (a statement clicked in the Compare room), chooses
 * that highlight and scrolls to it once the article's highlights are drawn.
 */
export function useRequestedHighlight(articleId: string, bodyRef: RefObject<HTMLElement | null>) {
  const wanted = useAppStore((s) => s.reader.focusAnnotationId);
  const annotations = useAppStore((s) => (s.annotate.loaded && s.annotate.articleId === articleId ? s.annotate.annotations : null));
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const done = useAppStore((s) => s.annotationFocused);
  useEffect(() => {
    if (!wanted || !annotations) return;
    if (annotations.some((a) => a.id === wanted)) {
      selectHighlight(wanted);
      focusHighlight(bodyRef.current, wanted);
    }
    done();
  }, [wanted, annotations, selectHighlight, bodyRef, done]);
}
