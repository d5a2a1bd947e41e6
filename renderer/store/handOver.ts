/**
 * Data that came with an article the reader opened (`articles.open` brings its highlights and
 * statements in the same call): the next load of that article shows it once instead of asking
 * again; any reload asks.
 */
export function handOver<T>() {
  let held: { articleId: string; value: T } | null = null;
  return {
    give(articleId: string, value: T): void {
      held = { articleId, value };
    },
    /** What was given for `articleId`, once; null when nothing was (anything held for another article is dropped). */
    take(articleId: string): T | null {
      const value = held?.articleId === articleId ? held.value : null;
      held = null;
      return value;
    },
    drop(): void {
      held = null;
    },
  };
}
