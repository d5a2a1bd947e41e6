/**
 * The analyst's search syntax, parsed and turned into a safe SQLite FTS5 MATCH expression.
 *
 *   border talks        both words must occur (anywhere in the title or body)
 *   "border crossing"   the exact phrase: these words, consecutive
 *   negotiat*           any word starting with "negotiat" (at least 4 letters before the *)
 *   Torkham OR Chaman   either; OR (or `or`, any case) joins the terms on both sides of it
 *   -trade  -"trade deal"   leave out articles with this word or phrase
 *
 * Case and Latin accents never matter ("Karzai" finds "Kárzai"); Urdu, Pashto and Dari words
 * are words like any other. An OR that does not stand between two terms to find is an ordinary
 * word, and so are AND, NOT and NEAR: every term reaches FTS5 double-quoted, so nothing typed
 * can become FTS5 syntax. An unclosed quote runs to the end of the query. Terms with no letters
 * or digits (a lone `*` or `-`, punctuation) are ignored.
 */
import { searchableText } from '../text/searchableText.js';
import { wordTokens } from './tokens.js';

/** Shorter prefixes match so many words that the search slows down and helps nobody. */
export const MIN_PREFIX_LETTERS = 4;

export interface SearchTerm {
  /** As typed, without quotes, minus or star. */
  text: string;
  /** Its words, folded: one for a plain word, several for a phrase or a hyphenated word. */
  words: string[];
  /** The last word may be the start of a longer word. */
  prefix: boolean;
}

export interface SearchQuery {
  /** Every group must match; a group matches when any of its terms (alternatives) does. */
  groups: SearchTerm[][];
  /** Articles with any of these are left out. */
  excluded: SearchTerm[];
}

/** A query that cannot be searched; the message says why, in the analyst's terms. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError';
}

type Item = { kind: 'term'; term: SearchTerm; excluded: boolean } | { kind: 'or' };

function readTerm(text: string, prefix: boolean): SearchTerm {
  return { text, words: wordTokens(text).map((t) => t.word), prefix };
}

/** Splits the query into terms and ORs, left to right. */
function lex(query: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i]!)) {
      i++;
      continue;
    }
    const excluded = query[i] === '-';
    if (excluded) i++;
    let text: string;
    let prefix = false;
    const quoted = query[i] === '"';
    if (quoted) {
      const close = query.indexOf('"', i + 1);
      const end = close === -1 ? query.length : close;
      text = query.slice(i + 1, end);
      i = close === -1 ? end : close + 1;
      while (query[i] === '*') {
        prefix = true;
        i++;
      }
    } else {
      const start = i;
      while (i < query.length && !/\s/.test(query[i]!) && query[i] !== '"') i++;
      text = query.slice(start, i);
      const stem = text.replace(/\*+$/, '');
      prefix = stem.length < text.length;
      text = stem;
    }
    if (!quoted && !excluded && !prefix && text.toUpperCase() === 'OR') items.push({ kind: 'or' });
    else items.push({ kind: 'term', term: readTerm(text, prefix), excluded });
  }
  return items;
}

function checkPrefix(term: SearchTerm): void {
  const last = term.words[term.words.length - 1]!;
  if (term.prefix && [...last].length < MIN_PREFIX_LETTERS) {
    throw new SearchQueryError(
      `“${term.text}*” is too short to search by its beginning: type at least ${MIN_PREFIX_LETTERS} letters before the *.`,
    );
  }
}

/** Parses the analyst's query; throws SearchQueryError when nothing in it can be searched. */
export function parseSearchQuery(query: string): SearchQuery {
  // The index never sees the invisible characters search ignores, so the query must not either.
  const items = lex(searchableText(query)).filter((item) => item.kind === 'or' || item.term.words.length > 0);
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  let lastWasWanted = false;
  items.forEach((item, k) => {
    if (item.kind === 'or') {
      const next = items[k + 1];
      if (lastWasWanted && next?.kind === 'term' && !next.excluded) {
        joinNext = true;
        lastWasWanted = false;
        return;
      }
      // Not between two terms to find: the word "or" itself.
      item = { kind: 'term', term: readTerm('or', false), excluded: false };
    }
    checkPrefix(item.term);
    if (item.excluded) excluded.push(item.term);
    else if (joinNext) groups[groups.length - 1]!.push(item.term);
    else groups.push([item.term]);
    joinNext = false;
    lastWasWanted = !item.excluded;
  });
  if (groups.length === 0) {
    throw new SearchQueryError(
      excluded.length > 0
        ? 'Add a word to search for: a query of only -exclusions would match everything.'
        : 'Type a word or a "phrase" to search for.',
    );
  }
  return { groups, excluded };
}

/** One term as an FTS5 string: always double-quoted (quotes inside doubled), so never syntax. */
function ftsTerm(term: SearchTerm): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
}

function ftsAny(terms: readonly SearchTerm[]): string {
  return terms.length === 1 ? ftsTerm(terms[0]!) : `(${terms.map(ftsTerm).join(' OR ')})`;
}

/** The MATCH expression for the whole query: every group, none of the exclusions. */
export function toFtsMatch(query: SearchQuery): string {
  const wanted = query.groups.map(ftsAny).join(' AND ');
  return query.excluded.length === 0 ? wanted : `(${wanted}) NOT ${ftsAny(query.excluded)}`;
}

/**
 * The MATCH expression for the hits of the whole query with a term to find in `column` (the
 * title): what ranks a hit among the title matches. Excluded terms never occur in a hit.
 */
export function toFtsColumnMatch(query: SearchQuery, column: string): string {
  return `(${toFtsMatch(query)}) AND ${column} : ${ftsAny(query.groups.flat())}`;
}
