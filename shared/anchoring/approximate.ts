// Approximate substring search: where does `pattern` occur in `text` with at most `maxEdits`
// Levenshtein edits? Ukkonen's cut-off dynamic programming, O(text length x maxEdits) expected.

export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * Ends (exclusive) of substrings of `text` within `maxEdits` of `pattern`. Consecutive ends form
 * one run per occurrence; each run yields its ends of least distance.
 */
function approximateEnds(pattern: string, text: string, maxEdits: number): { end: number; distance: number }[] {
  const m = pattern.length;
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let lastActive = Math.min(maxEdits, m);
  const found: { end: number; distance: number }[] = [];
  let run: { end: number; distance: number }[] = [];
  const closeRun = () => {
    const best = Math.min(...run.map((hit) => hit.distance));
    found.push(...run.filter((hit) => hit.distance === best));
    run = [];
  };
  for (let j = 0; j < text.length; j++) {
    const top = Math.min(m, lastActive + 1);
    // Rows below the last active one are known only to exceed maxEdits; maxEdits + 1 stands in.
    if (top > lastActive) column[top] = maxEdits + 1;
    const c = text.charCodeAt(j);
    let diagonal = 0; // row 0 is always 0: a match may start anywhere
    for (let i = 1; i <= top; i++) {
      const left = column[i] ?? 0;
      const substitute = diagonal + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      column[i] = Math.min(substitute, left + 1, (column[i - 1] ?? 0) + 1);
      diagonal = left;
    }
    lastActive = top;
    while (lastActive > 0 && (column[lastActive] ?? 0) > maxEdits) lastActive--;
    if (lastActive === m) run.push({ end: j + 1, distance: column[m] ?? 0 });
    else if (run.length > 0) closeRun();
  }
  if (run.length > 0) closeRun();
  return found;
}

/**
 * The start for a match ending at `end`: the one of least distance, ties going to the span whose
 * length is closest to the pattern's.
 */
function bestStart(pattern: string, text: string, end: number, maxEdits: number): ApproximateMatch {
  const m = pattern.length;
  const reach = Math.min(end, m + maxEdits);
  // Row i: distance between the last i pattern characters and text[end - c, end), for each c.
  let previous = new Int32Array(reach + 1);
  let current = new Int32Array(reach + 1);
  for (let c = 0; c <= reach; c++) previous[c] = c;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const p = pattern.charCodeAt(m - i);
    for (let c = 1; c <= reach; c++) {
      const substitute = (previous[c - 1] ?? 0) + (p === text.charCodeAt(end - c) ? 0 : 1);
      current[c] = Math.min(substitute, (previous[c] ?? 0) + 1, (current[c - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = { start: end, end, distance: Number.POSITIVE_INFINITY };
  for (let c = 0; c <= reach; c++) {
    const distance = previous[c] ?? 0;
    const closer = Math.abs(c - m) < Math.abs(end - best.start - m);
    if (distance < best.distance || (distance === best.distance && closer)) best = { start: end - c, end, distance };
  }
  return best;
}

/** Every occurrence of `pattern` in `text` within `maxEdits` edits, in text order. */
export function approximateMatches(pattern: string, text: string, maxEdits: number): ApproximateMatch[] {
  return approximateEnds(pattern, text, maxEdits).map(({ end }) => bestStart(pattern, text, end, maxEdits));
}
