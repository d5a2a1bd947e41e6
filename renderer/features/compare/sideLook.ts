import type { SideRecord } from '../../../shared/domain/side';

export interface SideLook {
  id: string;
  name: string;
  colour: string;
}

const FALLBACK_COLOURS = ['#2e7d4f', '#b23a48', '#6b7480'];

/** A side's name and colour; before the sides have loaded, its id capitalised and a stock colour. */
export function sideLook(sides: readonly SideRecord[], id: string, index: number): SideLook {
  const side = sides.find((s) => s.id === id);
  if (side) return { id, name: side.name, colour: side.colour };
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), colour: FALLBACK_COLOURS[index % FALLBACK_COLOURS.length]! };
}
