import { useId } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import type { SideRecord } from '../../../shared/domain/side';
import type { Statement } from '../../../shared/domain/statement';
import type { StatementDraft } from '../../store/statementSlice';
import { trimQuote } from '../annotate/HighlightItem';
import { SpeakerCombobox } from './SpeakerCombobox';
import { STANCES } from './statementDraft';

interface StatementFieldsProps {
  draft: StatementDraft;
  onChange(draft: StatementDraft): void;
  actors: readonly Actor[];
  sides: readonly SideRecord[];
  sidesById: ReadonlyMap<string, SideRecord>;
  /** The article's other statements, which this one may respond to. */
  others: readonly Statement[];
}

/** Speaker, side, kind, stance, date and "responds to" of a statement, inside the highlight toolbar. */
export function StatementFields({ draft, onChange, actors, sides, sidesById, others }: StatementFieldsProps) {
  const id = useId();
  const set = (change: Partial<StatementDraft>) => onChange({ ...draft, ...change });
  const actorSide = draft.actor_id ? (actors.find((a) => a.id === draft.actor_id)?.side_id ?? null) : null;
  return (
    <fieldset className="statement-fields">
      <legend className="visually-hidden">Statement</legend>
      <label htmlFor={`${id}-speaker`} className="toolbar-label">
        Speaker
      </label>
      <SpeakerCombobox
        id={`${id}-speaker`}
        actors={actors}
        sides={sidesById}
        value={draft}
        // A new speaker brings their side, unless the analyst has set the side apart from the last speaker's.
        onChange={(speaker, actor) =>
          set({ ...speaker, side_id: actor && (draft.side_id === actorSide || draft.side_id === null) ? actor.side_id : draft.side_id })
        }
      />
      <div className="statement-grid">
        <label htmlFor={`${id}-side`}>Side</label>
        <select id={`${id}-side`} value={draft.side_id ?? ''} onChange={(e) => set({ side_id: e.target.value || null })}>
          <option value="">No side</option>
          {sides.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.id === actorSide ? ' (speaker’s side)' : ''}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={draft.kind} onChange={(e) => set({ kind: e.target.value as StatementDraft['kind'] })}>
          <option value="direct">Direct quotation</option>
          <option value="reported">Reported speech</option>
        </select>
        <label htmlFor={`${id}-stance`}>Stance</label>
        <select id={`${id}-stance`} value={draft.stance ?? ''} onChange={(e) => set({ stance: (e.target.value || null) as StatementDraft['stance'] })}>
          <option value="">None</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-said`}>Said on</label>
        <input
          id={`${id}-said`}
          type="date"
          value={draft.said_on ?? ''}
          aria-describedby={`${id}-said-hint`}
          onChange={(e) => set({ said_on: e.target.value || null })}
        />
        <label htmlFor={`${id}-responds`}>Responds to</label>
        <select id={`${id}-responds`} value={draft.responds_to ?? ''} onChange={(e) => set({ responds_to: e.target.value || null })}>
          <option value="">Nothing</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.speaker}: “{trimQuote(s.quote, 50)}”
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-said-hint`} className="panel-hint">
        Left empty, the date is the day named near the quote (“on Thursday”), else the article’s date.
      </p>
    </fieldset>
  );
}
