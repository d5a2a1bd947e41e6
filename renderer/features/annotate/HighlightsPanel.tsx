import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ArticleNote } from '../notes/ArticleNote';
import { SuggestionsPanel } from '../statements/SuggestionsPanel';
import { firstPieceOf } from './AnnotatedBody';
import { HighlightItem, OrphanItem } from './HighlightItem';
import { tagsById } from './tagPaths';

/** Scrolls to highlight `id` in the body and puts focus on it (its tooltip then shows). */
export function focusHighlight(body: HTMLElement | null, id: string) {
  const piece = firstPieceOf(body, id);
  // jsdom has no layout and so no scrollIntoView; browsers all do.
  piece?.scrollIntoView?.({ block: 'center' });
  piece?.focus();
}

const TABS = ['highlights', 'suggestions', 'note'] as const;
type Tab = (typeof TABS)[number];

/** Beside the body: the article's highlights in text order, its orphans, the suggested statements, and the article note. */
export function HighlightsPanel({ bodyRef }: { bodyRef: RefObject<HTMLElement | null> }) {
  const { annotations, loaded, error, selection, selectedId, alsoHere, announcement, note } = useAppStore((s) => s.annotate);
  const tags = useAppStore((s) => s.codebook.tags);
  const suggestionCount = useAppStore((s) => s.statements.suggestions.length);
  const openEditor = useAppStore((s) => s.openEditor);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const [open, setOpen] = useState(true);
  const [tab, setTab] = useState<Tab>('highlights');
  const id = useId();
  const byId = useMemo(() => tagsById(tags), [tags]);
  const placed = annotations.filter((a) => a.status !== 'orphaned');
  const orphans = annotations.filter((a) => a.status === 'orphaned');
  const find = (hid: string) => annotations.find((a) => a.id === hid);
  const goTo = (a: Annotation) => {
    selectHighlight(a.id);
    focusHighlight(bodyRef.current, a.id);
  };
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  };
  const tabProps = (which: Tab) => ({
    id: `${id}-${which}-tab`,
    role: 'tab',
    'aria-selected': tab === which,
    'aria-controls': `${id}-${which}`,
    tabIndex: tab === which ? 0 : -1,
    onClick: () => setTab(which),
    onKeyDown: onTabKey,
    className: 'panel-tab',
  });

  return (
    <aside className={open ? 'highlights-panel' : 'highlights-panel collapsed'} aria-label="Highlights">
      <button type="button" className="button panel-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
        {open ? 'Hide panel' : `Highlights (${placed.length})`}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        <div role="tablist" aria-label="Annotations" className="panel-tabs">
          <button type="button" {...tabProps('highlights')}>
            Highlights <span className="count">{placed.length}</span>
          </button>
          <button type="button" {...tabProps('suggestions')}>
            Suggestions <span className="count">({suggestionCount})</span>
          </button>
          <button type="button" {...tabProps('note')}>
            Note {note.body.trim() ? <span className="count" aria-label="(written)">•</span> : null}
          </button>
        </div>
        <p role="status" className="panel-announcement">
          {announcement}
        </p>
        {error && <ErrorAlert message={error} />}
        <div role="tabpanel" id={`${id}-highlights`} aria-labelledby={`${id}-highlights-tab`} hidden={tab !== 'highlights'}>
          <button
            type="button"
            className="button primary"
            disabled={!selection}
            aria-keyshortcuts="H"
            onClick={() => selection && openEditor({ kind: 'create', ...selection })}
          >
            Highlight selection <kbd aria-hidden="true">H</kbd>
          </button>
          {alsoHere.length > 0 && (
            <div className="also-here" role="group" aria-label="Other highlights here">
              <span>Also here:</span>
              {alsoHere.map((other) => {
                const a = find(other);
                return a ? (
                  <button key={other} type="button" className="link-button" onClick={() => selectHighlight(other, [selectedId!, ...alsoHere.filter((x) => x !== other)])}>
                    “{a.exact.slice(0, 40)}{a.exact.length > 40 ? '…' : ''}”
                  </button>
                ) : null;
              })}
            </div>
          )}
          {loaded && placed.length === 0 && orphans.length === 0 && (
            <p className="panel-empty">No highlights yet. Select text, then press H (or release the mouse) to tag it and add a note.</p>
          )}
          <ol className="highlight-list" aria-label="Highlights in text order">
            {placed.map((a) => (
              <HighlightItem key={a.id} annotation={a} byId={byId} selected={a.id === selectedId} onGoTo={() => goTo(a)} />
            ))}
          </ol>
          {orphans.length > 0 && (
            <section className="orphans" aria-labelledby={`${id}-orphans`}>
              <h3 id={`${id}-orphans`}>Orphaned ({orphans.length})</h3>
              <p className="panel-hint">Their words are no longer in the article’s text. Select the right words and re-attach, or delete.</p>
              <ol>
                {orphans.map((a) => (
                  <OrphanItem key={a.id} annotation={a} byId={byId} canReattach={selection !== null} />
                ))}
              </ol>
            </section>
          )}
        </div>
        <div role="tabpanel" id={`${id}-suggestions`} aria-labelledby={`${id}-suggestions-tab`} hidden={tab !== 'suggestions'}>
          <SuggestionsPanel bodyRef={bodyRef} />
        </div>
        <div role="tabpanel" id={`${id}-note`} aria-labelledby={`${id}-note-tab`} hidden={tab !== 'note'}>
          <ArticleNote />
        </div>
      </div>
    </aside>
  );
}
