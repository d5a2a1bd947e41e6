import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import type { StatementDraft } from '../../store/statementSlice';
import { sidesById } from './sideColours';
import { StatementFields } from './StatementFields';
import { draftProblem, initialDraft } from './statementDraft';

/**
 * The Statement part of the highlight toolbar: open when the highlight already is a statement or
 * the toolbar was opened on a suggestion; its draft, and what saving it needs.
 */
export function useStatementSection(annotationId: string | null, quote: string) {
  const existing = useAppStore((s) => (annotationId ? (s.statements.statements.find((st) => st.annotation_id === annotationId) ?? null) : null));
  const accepting = useAppStore((s) => {
    const { editor } = s.annotate;
    const a = s.statements.accepting;
    return a && editor?.kind === 'create' && editor.start === a.start && editor.end === a.end ? a : null;
  });
  const [open, setOpen] = useState(existing !== null || accepting !== null);
  const [draft, setDraft] = useState<StatementDraft>(() => initialDraft(existing, accepting, quote));
  const [problem, setProblem] = useState<string | null>(null);
  const focusSpeaker = useRef(false);
  return {
    open,
    draft,
    existing,
    accepting,
    problem,
    focusSpeaker,
    setDraft(next: StatementDraft) {
      setDraft(next);
      setProblem(null);
    },
    toggle() {
      focusSpeaker.current = !open;
      setOpen(!open);
      setProblem(null);
    },
    /** False (and the problem shown, focus on the speaker) when the statement cannot be saved yet. */
    check(): boolean {
      const wrong = open ? draftProblem(draft) : null;
      setProblem(wrong);
      if (wrong) {
        focusSpeaker.current = true;
        setOpen(true);
      }
      return wrong === null;
    },
    draftToSave: (): StatementDraft | null => (open ? draft : null),
  };
}

export type StatementSectionState = ReturnType<typeof useStatementSection>;

/** The toggle and, when open, the statement's fields. */
export function StatementSection({ section }: { section: StatementSectionState }) {
  const actors = useAppStore((s) => s.registry.actors);
  const sides = useAppStore((s) => s.registry.sides);
  const statements = useAppStore((s) => s.statements.statements);
  const byId = useMemo(() => sidesById(sides), [sides]);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const { open, existing, focusSpeaker } = section;
  useEffect(() => {
    if (!open || !focusSpeaker.current) return;
    focusSpeaker.current = false;
    box.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
  });
  const others = statements.filter((s) => s.id !== existing?.id);
  return (
    <div className="statement-section" ref={box}>
      <button type="button" className="button small statement-toggle" aria-expanded={open} aria-controls={id} aria-keyshortcuts="Alt+S" onClick={section.toggle}>
        Statement <kbd aria-hidden="true">Alt+S</kbd>
      </button>
      {!open && existing && <p className="panel-hint">Saving now removes the statement; the highlight stays.</p>}
      <div id={id} hidden={!open}>
        {open && <StatementFields draft={section.draft} onChange={section.setDraft} actors={actors} sides={sides} sidesById={byId} others={others} />}
      </div>
    </div>
  );
}
