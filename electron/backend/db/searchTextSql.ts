import { SEARCH_IGNORED_CODE_POINTS } from '../../../shared/text/searchableText.js';

/**
 * SQL twins of shared/text/searchableText.ts, for the triggers that keep the highlight and note
 * indexes: pure SQL (no application function), so undo's replayed SQL and any connection keep
 * them in step. A chain of replace() is used because it is the fastest test SQLite has (GLOB
 * with a character class is several times slower). Changing the list of ignored characters
 * needs a migration that recreates these triggers and rebuilds the indexes.
 */
export function searchableSql(expr: string): string {
  return SEARCH_IGNORED_CODE_POINTS.reduce((inner, code) => `replace(${inner}, char(${code}), '')`, expr);
}

/** True when the text expression holds a character search ignores. */
export function hasIgnoredSql(expr: string): string {
  return `(${searchableSql(expr)} <> ${expr})`;
}
