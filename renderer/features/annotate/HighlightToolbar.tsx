import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { isTextEntry } from '../shortcuts/globalKeys';
import { HIGHLIGHT_COLOURS } from '../../ui/palette';
import { StatementSection, useStatementSection } from '../statements/StatementSection';
import { TagCombobox } from './TagCombobox';
import { tagPath, tagsById } from './tagPaths';

interface HighlightToolbarProps {
  /** The highlight being edited; null for a new one over `quote`. */
  editing: Annotation | null;
  quote: string;
  /** Where the text is on screen; null docks the toolbar at the foot of the window. */
  anchor: DOMRect | null;
}

const shortQuote = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

/**
 * Tags, note and colour for a new or existing highlight, and its statement (speaker, side…).
 * Keyboard: type a tag and Enter to add it, 1–9 add the recent tags, Alt+S (or S outside a
 * field) shows the Statement section, Enter (in the tag field) or Ctrl+Enter saves, Escape cancels.
 */
export function HighlightToolbar({ editing, quote, anchor }: HighlightToolbarProps) {
  const tags = useAppStore((s) => s.codebook.tags);
  const recent = useAppStore((s) => s.annotate.recentTagIds);
  const error = useAppStore((s) => s.annotate.editorError);
  const saveHighlightAndStatement = useAppStore((s) => s.saveHighlightAndStatement);
  const closeEditor = useAppStore((s) => s.closeEditor);
  const createTag = useAppStore((s) => s.createTag);
  const byId = useMemo(() => tagsById(tags), [tags]);
  const [chosen, setChosen] = useState<string[]>(editing?.tag_ids ?? []);
  const [note, setNote] = useState(editing?.note ?? '');
  const [colour, setColour] = useState<string | null>(editing?.colour ?? null);
  const [createError, setCreateError] = useState<string | null>(null);
  const noteId = useId();
  const returnFocus = useRef<Element | null>(null);
  const recentTags = recent.filter((id) => byId.has(id));
  const statement = useStatementSection(editing?.id ?? null, quote);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    return () => {
      const back = returnFocus.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((t) => t !== id) : [...now, id]));
  const applyRecent = (n: number) => {
    const id = recentTags[n - 1];
    if (id) toggle(id);
    return id !== undefined;
  };
  const save = () => {
    if (statement.check()) void saveHighlightAndStatement({ tag_ids: chosen, note, colour }, statement.draftToSave());
  };
  const create = async (name: string) => {
    try {
      const tag = await createTag({ name });
      setCreateError(null);
      setChosen((now) => [...now, tag.id]);
    } catch (failure) {
      setCreateError(`Could not create the tag “${name}”: ${errorMessage(failure)}`);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') closeEditor();
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
    else if (event.key.toLowerCase() === 's' && !event.ctrlKey && !event.metaKey && (event.altKey || !isTextEntry(event.target))) statement.toggle();
    else if (/^[1-9]$/.test(event.key) && !isTextEntry(event.target) && !event.ctrlKey && !event.metaKey) {
      if (!applyRecent(Number(event.key))) return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const place = anchor
    ? { top: Math.min(anchor.bottom + 8, window.innerHeight - 360), left: Math.max(8, Math.min(anchor.left, window.innerWidth - 420)) }
    : undefined;
  return (
    <div role="toolbar" aria-label="Highlight" className={anchor ? 'highlight-toolbar' : 'highlight-toolbar docked'} style={place} onKeyDown={onKeyDown}>
      <p className="highlight-toolbar-quote">
        <span className="visually-hidden">{editing ? 'Editing the highlight on ' : statement.accepting ? 'Accepting the suggestion ' : 'New highlight on '}</span>“{shortQuote(quote)}”
      </p>
      <ul className="tag-chips" aria-label="Chosen tags">
        {chosen.map((id) => {
          const tag = byId.get(id);
          const name = tag ? tagPath(tag, byId) : 'Unknown tag';
          return (
            <li key={id} className="tag-chip" style={{ borderColor: tag?.colour }}>
              {name}
              <button type="button" className="chip-remove" aria-label={`Remove tag ${name}`} onClick={() => toggle(id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <TagCombobox tags={tags} byId={byId} chosen={chosen} onChoose={toggle} onCreate={create} onSubmit={save} onNumber={applyRecent} />
      {recentTags.length > 0 && (
        <div className="recent-tags" role="group" aria-label="Recent tags (number keys)">
          {recentTags.map((id, i) => (
            <button key={id} type="button" className="recent-tag" aria-pressed={chosen.includes(id)} onClick={() => toggle(id)}>
              <kbd aria-hidden="true">{i + 1}</kbd> {byId.get(id)!.name}
            </button>
          ))}
        </div>
      )}
      <StatementSection section={statement} />
      <label htmlFor={noteId} className="toolbar-label">
        Note (Markdown)
      </label>
      <textarea id={noteId} rows={3} value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why this matters…" />
      <div role="radiogroup" aria-label="Colour" className="colour-choice">
        <label className="colour-option">
          <input type="radio" name={`${noteId}-colour`} checked={colour === null} onChange={() => setColour(null)} />
          <span>Tag colour</span>
        </label>
        {HIGHLIGHT_COLOURS.map((c) => (
          <label key={c.value} className="colour-option" title={c.name}>
            <input type="radio" name={`${noteId}-colour`} checked={colour === c.value} onChange={() => setColour(c.value)} />
            <span className="swatch" style={{ background: c.value }} aria-hidden="true" />
            <span className="visually-hidden">{c.name}</span>
          </label>
        ))}
      </div>
      {(error ?? createError ?? statement.problem) && (
        <p role="alert" className="toolbar-error">
          {error ?? createError ?? statement.problem}
        </p>
      )}
      <div className="toolbar-actions">
        <button type="button" className="button primary" onClick={save} aria-keyshortcuts="Control+Enter">
          {statement.accepting ? 'Accept' : 'Save'} <kbd aria-hidden="true">Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button" onClick={closeEditor} aria-keyshortcuts="Escape">
          Cancel <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
    </div>
  );
}
