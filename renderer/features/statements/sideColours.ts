import type { SideRecord } from '../../../shared/domain/side';

/** Drawn for a statement or suggestion without a side. */
export const NO_SIDE_COLOUR = '#9ca3af';

/** Side records by id, for names and colours. */
export const sidesById = (sides: readonly SideRecord[]) => new Map(sides.map((s) => [s.id, s]));

export function sideName(sides: ReadonlyMap<string, SideRecord>, id: string | null): string {
  return id ? (sides.get(id)?.name ?? id) : 'No side';
}

export function sideColour(sides: ReadonlyMap<string, SideRecord>, id: string | null): string {
  return (id && sides.get(id)?.colour) || NO_SIDE_COLOUR;
}
