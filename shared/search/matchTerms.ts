import { parseSearchQuery, SearchQueryError, type SearchTerm } from './query.js';
import { wordTokens, type WordToken } from './tokens.js';

export interface TermMatch {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

function matchesAt(tokens: readonly WordToken[], at: number, term: SearchTerm): boolean {
  return term.words.every((word, j) => {
    const token = tokens[at + j];
    if (!token) return false;
    const last = j === term.words.length - 1;
    return last && term.prefix ? token.word.startsWith(word) : token.word === word;
  });
}

/**
 * Where the query's terms to find occur in `text`, as the index matches them: whole words,
 * case and Latin accents ignored, a prefix* matching the starts of words, a phrase as
 * consecutive words. Sorted; overlapping matches are merged. Excluded terms are not marked.
 * An unsearchable query marks nothing.
 */
export function findTermMatches(text: string, query: string): TermMatch[] {
  let terms: SearchTerm[];
  try {
    terms = parseSearchQuery(query).groups.flat();
  } catch (error) {
    if (error instanceof SearchQueryError) return [];
    throw error;
  }
  const tokens = wordTokens(text);
  const merged: TermMatch[] = [];
  tokens.forEach((token, at) => {
    // The longest term starting here, so a phrase wins over its own first word.
    const length = Math.max(0, ...terms.filter((term) => matchesAt(tokens, at, term)).map((term) => term.words.length));
    if (length === 0) return;
    const match = { start: token.start, end: tokens[at + length - 1]!.end };
    const previous = merged[merged.length - 1];
    if (previous && match.start <= previous.end) previous.end = Math.max(previous.end, match.end);
    else merged.push(match);
  });
  return merged;
}
