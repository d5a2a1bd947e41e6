const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (value: unknown): string | undefined => (isRecord(value) && typeof value.id === 'string' ? value.id : undefined);

/**
 * `next`, with every part that deep-equals its counterpart in `previous` replaced by that
 * counterpart (items of a list are paired by their `id` when they have one, else by place).
 * A reload that brings back what is already shown then keeps the same objects, so views
 * memoised on them do not draw again: only what changed is new.
 */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    const byId = new Map<string, unknown>();
    for (const item of previous) {
      const id = idOf(item);
      if (id !== undefined) byId.set(id, item);
    }
    let same = previous.length === next.length;
    const kept = next.map((item: unknown, index) => {
      const id = idOf(item);
      const counterpart = id !== undefined && byId.has(id) ? byId.get(id) : previous[index];
      const result = keepUnchanged(counterpart, item);
      if (result !== previous[index]) same = false;
      return result;
    });
    return (same ? previous : kept) as T;
  }
  if (isRecord(next) && isRecord(previous)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const kept: Record<string, unknown> = {};
    for (const key of keys) {
      kept[key] = keepUnchanged(previous[key], next[key]);
      if (kept[key] !== previous[key] || !(key in previous)) same = false;
    }
    return (same ? previous : kept) as T;
  }
  return next;
}
