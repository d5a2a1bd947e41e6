import type { Span } from './textLayout.js';

/**
 * Direct quotations: the quoted words between a pair of quote marks, without the marks. Whether a
 * mark opens or closes is read from its surroundings rather than its glyph, because Urdu text often
 * uses the marks the other way round (’…‘) and straight marks look the same either way.
 */
export interface Quotation extends Span {
  /** Offset of the opening mark; null when the writer left it out (`… table,” he added.`). */
  openMark: number | null;
  /** Offset of the closing mark; null when the quotation runs to the end of its paragraph. */
  closeMark: number | null;
}

type Family = 'double' | 'single' | 'guillemet';

const FAMILY: Record<string, Family> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet', '›': 'guillemet',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
};
const OPENING_GLYPHS = new Set(['“', '„', '‘', '‚', '«', '‹']);

const BEFORE_OPENING = /[\s([{—–:\-/]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-،۔؟…]/;
const PUNCTUATION_BEFORE_CLOSE = /[,.!?;:…—۔،؟]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface Piece {
  family: Family;
  open: number | null;
  close: number | null;
}

class ParagraphMarks {
  constructor(
    private readonly body: string,
    private readonly paragraph: Span,
  ) {}

  family(i: number): Family | undefined {
    return FAMILY[this.body[i]!];
  }

  private before(i: number): string | undefined {
    return i > this.paragraph.start ? this.body[i - 1] : undefined;
  }

  private after(i: number): string | undefined {
    return i + 1 < this.paragraph.end ? this.body[i + 1] : undefined;
  }

  // A single mark between two letters is an apostrophe (won’t, Pakistan’s).
  private isApostrophe(i: number): boolean {
    const [before, after] = [this.before(i), this.after(i)];
    return this.family(i) === 'single' && !!before && !!after && WORD_CHAR.test(before) && WORD_CHAR.test(after);
  }

  opens(i: number): boolean {
    const [before, after] = [this.before(i), this.after(i)];
    if (this.isApostrophe(i) || after === undefined || /\s/.test(after)) return false;
    if (this.family(i) === 'single' && !WORD_CHAR.test(after)) return false;
    const openingSide = before === undefined || BEFORE_OPENING.test(before) || FAMILY[before] !== undefined;
    return openingSide && (!this.closes(i) || OPENING_GLYPHS.has(this.body[i]!));
  }

  closes(i: number): boolean {
    const [before, after] = [this.before(i), this.after(i)];
    if (this.isApostrophe(i) || before === undefined || /\s/.test(before)) return false;
    return after === undefined || AFTER_CLOSING.test(after) || FAMILY[after] !== undefined;
  }

  // `countries’ economies` could close a single quotation; a mark after punctuation or before
  // punctuation or the paragraph's end is a surer close.
  private closesFirmly(i: number): boolean {
    const [before, after] = [this.before(i), this.after(i)];
    return PUNCTUATION_BEFORE_CLOSE.test(before ?? '') || after === undefined || /[,.;:!?)\]،۔؟]/.test(after);
  }

  closingMarkFor(open: number, family: Family): number | null {
    let loose: number | null = null;
    for (let j = open + 1; j < this.paragraph.end; j++) {
      if (this.family(j) !== family || !this.closes(j)) continue;
      if (family !== 'single' || this.closesFirmly(j)) return j;
      loose ??= j;
    }
    return loose;
  }
}

function piecesOf(body: string, paragraph: Span): Piece[] {
  const marks = new ParagraphMarks(body, paragraph);
  const pieces: Piece[] = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const family = marks.family(i);
    if (!family) continue;
    if (marks.opens(i)) {
      const close = marks.closingMarkFor(i, family);
      pieces.push({ family, open: i, close });
      if (close === null) break;
      i = close;
    } else if (pieces.length === 0 && family !== 'single' && marks.closes(i)) {
      pieces.push({ family, open: null, close: i });
    }
  }
  return pieces;
}

function contentSpan(body: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return { start, end };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Every quotation in the body. A paragraph that opens a quotation without closing it continues
 * into the next paragraph when that one opens with a quote mark too; the whole run is one
 * quotation.
 */
export function findQuotations(body: string, paragraphs: readonly Span[]): Quotation[] {
  const quotations: Quotation[] = [];
  let carry: { openMark: number; family: Family; lastParagraphEnd: number } | null = null;

  const finish = (openMark: number | null, from: number, closeMark: number | null, to: number) => {
    const span = contentSpan(body, from, to);
    if (span.end > span.start) quotations.push({ ...span, openMark, closeMark });
  };

  for (const paragraph of paragraphs) {
    const pieces = piecesOf(body, paragraph);
    let rest = pieces;
    if (carry) {
      const first = pieces[0];
      const continues = first && first.family === carry.family && (first.open === paragraph.start || first.open === null);
      if (continues) {
        rest = pieces.slice(1);
        if (first.close !== null) finish(carry.openMark, carry.openMark + 1, first.close, first.close);
        else {
          carry.lastParagraphEnd = paragraph.end;
          continue;
        }
      } else finish(carry.openMark, carry.openMark + 1, null, carry.lastParagraphEnd);
      carry = null;
    }
    for (const piece of rest) {
      if (piece.open === null) {
        const text = body.slice(paragraph.start, piece.close!);
        if (wordCount(text) >= 3) finish(null, paragraph.start, piece.close, piece.close!);
      } else if (piece.close === null) {
        carry = { openMark: piece.open, family: piece.family, lastParagraphEnd: paragraph.end };
      } else finish(piece.open, piece.open + 1, piece.close, piece.close);
    }
  }
  if (carry) finish(carry.openMark, carry.openMark + 1, null, carry.lastParagraphEnd);
  return quotations;
}
