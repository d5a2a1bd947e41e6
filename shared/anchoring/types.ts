/**
 * A highlight's anchor, compatible with the W3C Web Annotation model: a TextPositionSelector
 * (`start`/`end`, UTF-16 code-unit offsets into the canonical body) plus a TextQuoteSelector
 * (`quote`: the exact text and up to CONTEXT_LENGTH characters on either side).
 */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextAnchor {
  start: number;
  end: number;
  quote: TextQuote;
}

export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/**
 * - `anchored`: the stored offsets still hold exactly the stored quote (method `offsets`).
 * - `moved`: the highlight now covers other offsets or slightly different text (a typo fixed or a
 *   word changed inside it); `exact` is the text it now covers. Method `offsets` never appears
 *   with `moved`.
 * - `orphaned`: not found with enough certainty; `reason` says why. Nothing is placed by guess.
 */
export type Reanchored =
  | { status: 'anchored' | 'moved'; start: number; end: number; exact: string; method: 'offsets' | 'exact' | 'fuzzy' }
  | { status: 'orphaned'; reason: string };
