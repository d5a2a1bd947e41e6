/** The id of the results list, so the header's search field can move focus into it. */
export const RESULTS_ID = 'search-results';
const HIT_SELECTOR = `#${RESULTS_ID} [data-hit]`;

const hitElements = () => [...document.querySelectorAll<HTMLElement>(HIT_SELECTOR)];

export function focusFirstHit(): boolean {
  const [first] = hitElements();
  first?.focus();
  return first !== undefined;
}

/** Where each key moves focus, from the index of the focused hit. */
const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/** Moves focus between the hits for the arrow keys, Home and End; false when the key does not move it. */
export function moveHitFocus(key: string): boolean {
  const move = MOVES[key];
  if (!move) return false;
  const hits = hitElements();
  const target = hits[move(hits.indexOf(document.activeElement as HTMLElement), hits.length)];
  target?.focus();
  return target !== undefined;
}
