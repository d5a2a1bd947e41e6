import { useMemo } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { CiteInNoteButton } from '../notes/CiteInNote';
import { StatementBadge } from '../statements/StatementBadge';
import { highlightColour } from './highlightSegments';
import { renderMarkdown } from './markdown';

const QUOTE_MAX = 140;

/** The quote as listed: white space collapsed, long ones cut with an ellipsis. */
export function trimQuote(exact: string, max = QUOTE_MAX): string {
  const flat = exact.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function TagList({ annotation, byId }: { annotation: Annotation; byId: ReadonlyMap<string, Tag> }) {
  const tags = annotation.tag_ids.map((id) => byId.get(id)).filter((t): t is Tag => t !== undefined);
  if (tags.length === 0) return null;
  return (
    <ul className="tag-chips small" aria-label="Tags">
      {tags.map((t) => (
        <li key={t.id} className="tag-chip" style={{ borderColor: t.colour }}>
          {t.name}
        </li>
      ))}
    </ul>
  );
}

function NotePreview({ note }: { note: string }) {
  const html = useMemo(() => renderMarkdown(note), [note]);
  return note.trim() ? <div className="note-preview markdown small" dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

interface HighlightItemProps {
  annotation: Annotation;
  byId: ReadonlyMap<string, Tag>;
  selected: boolean;
  onGoTo(): void;
}

/** One highlight in the side panel: its quote (go to it), tags, note, Edit and Delete. */
export function HighlightItem({ annotation: a, byId, selected, onGoTo }: HighlightItemProps) {
  const openEditor = useAppStore((s) => s.openEditor);
  const deleteHighlight = useAppStore((s) => s.deleteHighlight);
  const quote = trimQuote(a.exact);
  const short = trimQuote(a.exact, 40);
  return (
    <li className="highlight-item" aria-current={selected ? 'true' : undefined} style={{ borderInlineStartColor: highlightColour(a, byId) }}>
      <button type="button" className="link-button highlight-quote" onClick={onGoTo}>
        “{quote}”
      </button>
      {a.status === 'moved' && (
        <span className="status-badge" title="The article changed; this highlight was found again at a new place.">
          Moved
        </span>
      )}
      <StatementBadge annotationId={a.id} />
      <TagList annotation={a} byId={byId} />
      <NotePreview note={a.note} />
      <div className="item-actions">
        <button type="button" className="button small" aria-label={`Edit highlight “${short}”`} onClick={() => openEditor({ kind: 'edit', id: a.id })}>
          Edit
        </button>
        <button type="button" className="button small" aria-label={`Delete highlight “${short}”`} onClick={() => void deleteHighlight(a.id)}>
          Delete
        </button>
        <CiteInNoteButton annotationId={a.id} short={short} />
      </div>
    </li>
  );
}

/** A highlight whose words are gone from the text: re-attach it to the selection, or delete it. */
export function OrphanItem({ annotation: a, byId, canReattach }: { annotation: Annotation; byId: ReadonlyMap<string, Tag>; canReattach: boolean }) {
  const reattach = useAppStore((s) => s.reattachHighlight);
  const deleteHighlight = useAppStore((s) => s.deleteHighlight);
  const short = trimQuote(a.exact, 40);
  return (
    <li className="highlight-item orphan">
      <q className="highlight-quote">{trimQuote(a.exact)}</q>
      <span className="status-badge orphaned">Orphaned</span>
      <p className="panel-hint">Not found in the current text after the article changed.</p>
      <TagList annotation={a} byId={byId} />
      <NotePreview note={a.note} />
      <div className="item-actions">
        <button
          type="button"
          className="button small"
          disabled={!canReattach}
          aria-label={`Re-attach “${short}” to selection`}
          title={canReattach ? undefined : 'Select the words in the text first'}
          onClick={() => void reattach(a.id)}
        >
          Re-attach to selection
        </button>
        <button type="button" className="button small" aria-label={`Delete highlight “${short}”`} onClick={() => void deleteHighlight(a.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
