import { useEffect, useId, useMemo, useState } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ActorDialog, LANGUAGE_NAMES, isRtlLanguage } from './ActorDialog';
import { matchActors } from './actorSearch';
import { MergeActorDialog } from './MergeActorDialog';
import { SidesEditor } from './SidesEditor';
import { sideColour, sideName, sidesById } from './sideColours';
import '../codebook/codebook.css';
import './statements.css';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'merge'; actor: Actor };

/** An actor's aliases grouped by language; Urdu, Pashto and Dari ones read right to left. */
function Aliases({ actor }: { actor: Actor }) {
  const languages = [...new Set(actor.aliases.map((a) => a.language))];
  return (
    <dl className="alias-list">
      {languages.map((language) => (
        <div key={language}>
          <dt>{LANGUAGE_NAMES[language]}</dt>
          <dd lang={language} dir={isRtlLanguage(language) ? 'rtl' : 'ltr'}>
            {actor.aliases
              .filter((a) => a.language === language)
              .map((a) => a.alias)
              .join(isRtlLanguage(language) ? '، ' : ', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The Actors room: who speaks for which side. The sides compared (rename, recolour, add, choose
 * two), then the registry of people and bodies: search by any name or alias in any script,
 * filter by side, add, edit (roles with dates, aliases) and merge.
 */
export function ActorsRoom() {
  const { actors, sides, loaded, error } = useAppStore((s) => s.registry);
  const loadRegistry = useAppStore((s) => s.loadRegistry);
  const [query, setQuery] = useState('');
  const [sideFilter, setSideFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const id = useId();
  useEffect(() => {
    void loadRegistry();
  }, [loadRegistry]);
  const byId = useMemo(() => sidesById(sides), [sides]);
  const shown = useMemo(() => matchActors(actors, query, sideFilter || null), [actors, query, sideFilter]);
  const close = () => setDialog(null);

  return (
    <section className="room actors" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Actors</h1>
        <button type="button" className="button primary" onClick={() => setDialog({ kind: 'add' })}>
          Add actor
        </button>
      </div>
      {error && <ErrorAlert message={`The actors could not be loaded: ${error}`} onRetry={() => void loadRegistry()} />}
      <SidesEditor />
      <section aria-labelledby={`${id}-people`}>
        <h2 id={`${id}-people`}>People and bodies</h2>
        <div className="filter-bar" role="search" aria-label="Find actors">
          <label htmlFor={`${id}-q`}>Search actors</label>
          <input id={`${id}-q`} type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or alias, any script" />
          <label htmlFor={`${id}-side`}>Side</label>
          <select id={`${id}-side`} value={sideFilter} onChange={(e) => setSideFilter(e.target.value)}>
            <option value="">All sides</option>
            {sides.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <span role="status" className="filter-count">
            {loaded ? `${shown.length} of ${actors.length} actors` : 'Loading…'}
          </span>
        </div>
        <table className="actor-table" aria-label="Actors">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Side</th>
              <th scope="col">Current role</th>
              <th scope="col">Aliases</th>
              <th scope="col">Statements</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <th scope="row" dir="auto">
                  {a.name}
                </th>
                <td className="side-cell">
                  <span className="swatch" style={{ background: sideColour(byId, a.side_id) }} aria-hidden="true" /> {sideName(byId, a.side_id)}
                </td>
                <td>
                  {a.role ?? '—'}
                  {a.organisation && <span className="option-detail"> · {a.organisation}</span>}
                </td>
                <td>
                  <Aliases actor={a} />
                </td>
                <td className="number">{a.statement_count}</td>
                <td>
                  <div className="item-actions">
                    <button type="button" className="button small" aria-label={`Edit ${a.name}`} onClick={() => setDialog({ kind: 'edit', actor: a })}>
                      Edit
                    </button>
                    <button type="button" className="button small" aria-label={`Merge ${a.name} into…`} onClick={() => setDialog({ kind: 'merge', actor: a })}>
                      Merge…
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {loaded && shown.length === 0 && <p className="panel-empty">No actor matches. Add one, or search another spelling.</p>}
      </section>
      {dialog?.kind === 'add' && <ActorDialog actor={null} onClose={close} />}
      {dialog?.kind === 'edit' && <ActorDialog actor={dialog.actor} onClose={close} />}
      {dialog?.kind === 'merge' && <MergeActorDialog actor={dialog.actor} onClose={close} />}
    </section>
  );
}
