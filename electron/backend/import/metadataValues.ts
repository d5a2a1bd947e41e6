const ISO_DATEISH = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A publication time as the library stores it (YYYY-MM-DD or a full ISO timestamp), or
 * undefined when `raw` is not recognisably a date. `2025-04-17 10:30` gains its `T`; other
 * forms keep only a leading calendar date.
 */
export function isoPublished(raw: string | null | undefined): string | undefined {
  const value = raw?.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T](\d)/, '$1T$2');
  if (!value) return undefined;
  if (ISO_DATEISH.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))) return value;
  const date = /^(\d{4}-\d{2}-\d{2})\b/.exec(value)?.[1];
  return date && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

/** An absolute http(s) address, normalised by the URL parser; anything else is dropped. */
export function httpUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The primary language subtag (`en-GB` -> `en`), or undefined when `raw` is not a language tag. */
export function languageCode(raw: string | null | undefined): string | undefined {
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

export function textDirection(raw: string | null | undefined): 'ltr' | 'rtl' | undefined {
  const value = raw?.trim().toLowerCase();
  return value === 'ltr' || value === 'rtl' ? value : undefined;
}

/** Removes absent and empty fields so callers see only what the file said. */
export function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as T;
}
