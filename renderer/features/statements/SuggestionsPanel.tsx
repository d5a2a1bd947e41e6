import { useId, useMemo, useState, type RefObject } from 'react';
import type { Suggestion } from '../../../shared/domain/statement';
import { useAppStore } from '../../store/AppStoreProvider';
import { suggestionKey } from '../../store/statementSlice';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { trimQuote } from '../annotate/HighlightItem';
import { tagsById } from '../annotate/tagPaths';
import { sideColour, sideName, sidesById } from './sideColours';
import { focusSuggestion, percent } from './suggestionMarks';

/** The side panel's list of suggested statements, the topics they are accepted with, and accept-all. */
export function SuggestionsPanel({ bodyRef }: { bodyRef: RefObject<HTMLElement | null> }) {
  const { suggestions, loaded, error, acceptTagIds, minConfidence } = useAppStore((s) => s.statements);
  const sides = useAppStore((s) => s.registry.sides);
  const tags = useAppStore((s) => s.codebook.tags);
  const recent = useAppStore((s) => s.annotate.recentTagIds);
  const accept = useAppStore((s) => s.acceptSuggestion);
  const reject = useAppStore((s) => s.rejectSuggestion);
  const edit = useAppStore((s) => s.editSuggestion);
  const toggleTag = useAppStore((s) => s.toggleAcceptTag);
  const setMin = useAppStore((s) => s.setMinConfidence);
  const acceptAll = useAppStore((s) => s.acceptAllSuggestions);
  const sideById = useMemo(() => sidesById(sides), [sides]);
  const tagById = useMemo(() => tagsById(tags), [tags]);
  const id = useId();
  // What is typed, kept apart from the stored value so "0." on the way to "0.9" is not undone.
  const [minText, setMinText] = useState(String(minConfidence));
  const recentTags = recent.filter((t) => tagById.has(t));
  const offered = [...recentTags, ...acceptTagIds.filter((t) => !recentTags.includes(t) && tagById.has(t))];
  const above = suggestions.filter((s) => s.confidence >= minConfidence && (s.actor_id || s.speaker_mention)).length;

  const item = (s: Suggestion) => {
    const short = trimQuote(s.quote, 40);
    return (
      <li key={suggestionKey(s)} className="suggestion-item" style={{ borderInlineStartColor: sideColour(sideById, s.side_id) }}>
        <button type="button" className="link-button highlight-quote" dir="auto" onClick={() => focusSuggestion(bodyRef.current, suggestionKey(s))}>
          “{trimQuote(s.quote)}”
        </button>
        <p className="suggestion-meta">
          <span>{s.speaker ?? 'Speaker not found'}</span>
          {' · '}
          <span className="swatch" style={{ background: sideColour(sideById, s.side_id) }} aria-hidden="true" />
          {sideName(sideById, s.side_id)} · {s.kind} · <span title="How sure the extractor is">{percent(s.confidence)}</span>
        </p>
        <div className="item-actions">
          <button type="button" className="button small" aria-label={`Accept “${short}”`} onClick={() => void accept(s)}>
            Accept
          </button>
          <button type="button" className="button small" aria-label={`Edit before accepting “${short}”`} onClick={() => edit(s)}>
            Edit…
          </button>
          <button type="button" className="button small" aria-label={`Reject “${short}”`} onClick={() => void reject(s)}>
            Reject
          </button>
        </div>
      </li>
    );
  };

  return (
    <section className="suggestions" aria-label="Suggestions">
      <p className="panel-hint">
        Statements Parallax found in the text, underlined with dashes. On one in the text: <kbd>Enter</kbd> accepts, <kbd>Delete</kbd>{' '}
        rejects, <kbd>E</kbd> edits speaker, side or topics first; <kbd>N</kbd> goes to the next.
      </p>
      {error && <ErrorAlert message={error} />}
      {offered.length > 0 && (
        <div className="recent-tags" role="group" aria-label="Topics given to accepted suggestions (number keys)">
          {offered.map((t, i) => (
            <button key={t} type="button" className="recent-tag" aria-pressed={acceptTagIds.includes(t)} onClick={() => toggleTag(t)}>
              {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>} {tagById.get(t)!.name}
            </button>
          ))}
        </div>
      )}
      <div className="accept-all">
        <label htmlFor={`${id}-min`}>Minimum confidence</label>
        <input
          id={`${id}-min`}
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={minText}
          onChange={(event) => {
            setMinText(event.target.value);
            const value = Number(event.target.value);
            if (event.target.value.trim() !== '' && value >= 0 && value <= 1) setMin(value);
          }}
        />
        <button type="button" className="button" disabled={above === 0} onClick={() => void acceptAll()}>
          Accept all above {minConfidence.toFixed(2)} ({above})
        </button>
      </div>
      {loaded && suggestions.length === 0 && <p className="panel-empty">No suggestions waiting: every statement found is accepted or rejected.</p>}
      <ol className="highlight-list" aria-label="Suggestions in text order">
        {suggestions.map(item)}
      </ol>
    </section>
  );
}
