/**
 * A news dateline opens the first paragraph with the place in capitals: `ISLAMABAD:` or
 * `KABUL, April 17 (Reuters) -`. Returns the place, or null when the text has none.
 */
const DATELINE = /^([A-Z][A-Z .'-]{1,40}?[A-Z])(?:\s*,[^:\n—–-]{0,40})?\s*(?::|—|–|-\s)/;

export function findDateline(body: string): string | null {
  for (const paragraph of body.split('\n\n', 6)) {
    const match = DATELINE.exec(paragraph);
    if (match?.[1] && /^[A-Z .'-]+$/.test(match[1]) && !/^KEY POINTS$/.test(match[1])) {
      return match[1];
    }
  }
  return null;
}
