import { useMemo } from 'react';
import { useAppStore } from '../../store/AppStoreProvider';
import { sideLook, type SideLook } from './sideLook';

/** The two compared sides (left, right) with names and colours; empty until known. */
export function useComparedSides(): SideLook[] {
  const sides = useAppStore((s) => s.registry.sides);
  const compared = useAppStore((s) => s.registry.compared ?? s.compare.matrix?.sides ?? null);
  return useMemo(() => (compared ?? []).map((id, index) => sideLook(sides, id, index)), [sides, compared]);
}
