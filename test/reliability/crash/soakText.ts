/** Addresses of the soak's articles: re-importing one with new text makes a new revision. */
export const SOAK_URL_PREFIX = 'https://soak.example/';

const MARKER = /soakmark([0-9a-f]+)/;

/** A few kilobytes of article text carrying the unit's marker word, so each import is real work. */
export function importBody(key: string): string {
  const filler = 'Officials in Islamabad and Kabul met at the Torkham crossing to discuss trade and border management.';
  return [`ISLAMABAD: Soak article soakmark${key} opens here.`, ...Array.from({ length: 24 }, (_, i) => `${i + 1}. ${filler}`)].join('\n\n');
}

/** The key of the unit whose text this is. */
export function markerOf(body: string): string {
  const found = MARKER.exec(body);
  if (!found) throw new Error('A soak article without its marker.');
  return found[1]!;
}
