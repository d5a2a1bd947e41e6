const dateFormats = {
  short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * "17 Apr 2025" (or "17 April 2025" with `month: 'long'`) for an ISO date or timestamp; the
 * calendar date as written, never shifted by time zone.
 */
export function formatDate(iso: string, month: 'short' | 'long' = 'short'): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const date = day ? new Date(`${day}T00:00:00Z`) : new Date(NaN);
  return Number.isNaN(date.getTime()) ? iso : dateFormats[month].format(date);
}

/** "English", "Urdu", "Pashto" for a BCP-47 code. */
export function languageName(code: string): string {
  if (code === 'und') return 'Undetermined';
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Only web addresses become links; anything else (file:, javascript:, …) stays plain text. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
