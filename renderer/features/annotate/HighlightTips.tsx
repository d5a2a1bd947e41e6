import type { Annotation } from '../../../shared/domain/annotation';
import type { Tag } from '../../../shared/domain/tag';
import { tipId } from './HighlightedText';
import { plainPreview } from './markdown';

interface HighlightTipsProps {
  annotations: readonly Annotation[];
  tagsById: ReadonlyMap<string, Tag>;
  /** The highlight hovered or focused, and where its text is on screen. */
  shown: { id: string; rect: DOMRect | null } | null;
}

/**
 * One tooltip per highlight drawn in the text, each the description (aria-describedby) of its
 * pieces, so a screen reader hears tags and note on focus; only the one hovered or focused shows.
 */
export function HighlightTips({ annotations, tagsById, shown }: HighlightTipsProps) {
  return (
    <div className="highlight-tips">
      {annotations.map((a) => {
        const tags = a.tag_ids.map((id) => tagsById.get(id)?.name).filter(Boolean);
        const visible = shown?.id === a.id;
        const rect = visible ? shown.rect : null;
        return (
          <div
            key={a.id}
            id={tipId(a.id)}
            role="tooltip"
            className="highlight-tip"
            hidden={!visible}
            style={rect ? { top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 330)) } : undefined}
          >
            <span className="highlight-tip-tags">{tags.length > 0 ? tags.join(' · ') : 'No tags'}</span>
            {a.note.trim() && <span className="highlight-tip-note">{plainPreview(a.note)}</span>}
          </div>
        );
      })}
    </div>
  );
}
