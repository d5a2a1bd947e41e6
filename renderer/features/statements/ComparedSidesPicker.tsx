import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * The two sides the comparison shows, left and right (stored in the workspace). Choosing on one
 * side the side already on the other swaps them, so the two always differ. Reusable by the
 * Compare room: `onChange` runs after the choice is stored.
 */
export function ComparedSidesPicker({ onChange }: { onChange?(): void }) {
  const sides = useAppStore((s) => s.registry.sides);
  const compared = useAppStore((s) => s.registry.compared);
  const loaded = useAppStore((s) => s.registry.loaded);
  const loadRegistry = useAppStore((s) => s.loadRegistry);
  const setCompared = useAppStore((s) => s.setComparedSides);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    if (!loaded) void loadRegistry();
  }, [loaded, loadRegistry]);
  if (!compared) return null;

  const choose = async (which: 0 | 1, sideId: string) => {
    const next: [string, string] = [...compared];
    const other = which === 0 ? 1 : 0;
    if (next[other] === sideId) next[other] = next[which];
    next[which] = sideId;
    try {
      await setCompared(next);
      setError(null);
      onChange?.();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const picker = (which: 0 | 1, label: string) => (
    <span className="compared-side">
      <label htmlFor={`${id}-${which}`}>{label}</label>
      <select id={`${id}-${which}`} value={compared[which]} onChange={(e) => void choose(which, e.target.value)}>
        {sides.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <div className="compared-sides" role="group" aria-label="Sides compared">
      {picker(0, 'Left side')}
      <span aria-hidden="true">and</span>
      {picker(1, 'Right side')}
      {error && <ErrorAlert message={`The sides compared were not changed: ${error}`} />}
    </div>
  );
}
