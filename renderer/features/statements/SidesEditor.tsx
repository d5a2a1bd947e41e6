import { useId, useState, type FormEvent } from 'react';
import type { SideRecord } from '../../../shared/domain/side';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TAG_COLOURS } from '../../ui/palette';
import { ComparedSidesPicker } from './ComparedSidesPicker';

/** One side: its name (Enter or leaving the field saves) and colour (saved when picked). */
function SideRow({ side, onError }: { side: SideRecord; onError(message: string | null): void }) {
  const updateSide = useAppStore((s) => s.updateSide);
  const [name, setName] = useState(side.name);
  const save = async (change: { name?: string; colour?: string }) => {
    try {
      await updateSide({ id: side.id, ...change });
      onError(null);
    } catch (failure) {
      onError(`${side.name}: ${errorMessage(failure)}`);
      if (change.name !== undefined) setName(side.name);
    }
  };
  const rename = () => {
    if (name.trim() && name.trim() !== side.name) void save({ name: name.trim() });
    else setName(side.name);
  };
  return (
    <li className="side-row">
      <input
        type="color"
        aria-label={`Colour of ${side.name}`}
        value={side.colour}
        onChange={(event) => void save({ colour: event.target.value.toLowerCase() })}
      />
      <input
        aria-label={`Name of ${side.name}`}
        dir="auto"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={rename}
        onKeyDown={(event) => {
          if (event.key === 'Enter') rename();
          if (event.key === 'Escape') setName(side.name);
        }}
      />
    </li>
  );
}

/** The sides compared: rename, recolour, add one, and choose the two the comparison shows. */
export function SidesEditor() {
  const sides = useAppStore((s) => s.registry.sides);
  const createSide = useAppStore((s) => s.createSide);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const id = useId();
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('New side: give it a name.');
      return;
    }
    const colour = TAG_COLOURS.find((c) => !sides.some((s) => s.colour === c.value))?.value ?? TAG_COLOURS[0]!.value;
    try {
      await createSide({ name: name.trim(), colour });
      setName('');
      setError(null);
    } catch (failure) {
      setError(`New side: ${errorMessage(failure)}`);
    }
  };
  return (
    <section className="sides-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Sides</h2>
      <p className="room-hint">Whose statements are compared. Rename or recolour a side; its statements follow.</p>
      <ul className="side-list">
        {sides.map((s) => (
          // Keyed by name too, so a rename done elsewhere (or refused) refreshes the field.
          <SideRow key={`${s.id}:${s.name}`} side={s} onError={setError} />
        ))}
      </ul>
      <form className="side-add" onSubmit={(event) => void add(event)}>
        <label htmlFor={`${id}-new`}>New side</label>
        <input id={`${id}-new`} dir="auto" value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. China" />
        <button type="submit" className="button">
          Add side
        </button>
      </form>
      {error && <ErrorAlert message={error} />}
      <h3>Compared</h3>
      <ComparedSidesPicker />
    </section>
  );
}
