import { useId, useMemo, useState } from 'react';
import type { Actor } from '../../../shared/domain/actor';
import { useAppStore } from '../../store/AppStoreProvider';
import { FormDialog } from '../codebook/FormDialog';
import { matchActors } from './actorSearch';

/** Merges an actor (a duplicate, typically) into another: its statements, aliases and roles move there. */
export function MergeActorDialog({ actor, onClose }: { actor: Actor; onClose(): void }) {
  const actors = useAppStore((s) => s.registry.actors);
  const mergeActors = useAppStore((s) => s.mergeActors);
  const id = useId();
  const [query, setQuery] = useState('');
  const [into, setInto] = useState('');
  const choices = useMemo(() => matchActors(actors, query).filter((a) => a.id !== actor.id), [actors, query, actor.id]);
  return (
    <FormDialog
      title={
        <>
          Merge “<bdi>{actor.name}</bdi>” into…
        </>
      }
      label="Merge"
      busyLabel="Merging…"
      disabled={!into}
      onSubmit={async () => {
        await mergeActors(actor.id, into);
        onClose();
      }}
      onClose={onClose}
    >
      <p>
        Its {actor.statement_count} statement{actor.statement_count === 1 ? '' : 's'}, aliases and roles move to the actor you choose;
        “<bdi>{actor.name}</bdi>” is then removed.
      </p>
      <div className="dialog-field">
        <label htmlFor={`${id}-find`}>Find actor</label>
        <input id={`${id}-find`} dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="dialog-field">
        <label htmlFor={`${id}-into`}>Merge into</label>
        <select id={`${id}-into`} value={into} size={Math.min(8, Math.max(2, choices.length))} onChange={(e) => setInto(e.target.value)}>
          {choices.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {a.role ? ` — ${a.role}` : ''}
            </option>
          ))}
        </select>
      </div>
    </FormDialog>
  );
}
