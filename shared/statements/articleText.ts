import { findQuotations, type Quotation } from './quotations.js';
import { datelineEnd, foldForMatching, paragraphSpans, sentenceSpans, type Span } from './textLayout.js';

/** One article body prepared for extraction: paragraphs, quotations, sentences, folded text. */
export class ArticleText {
  readonly paragraphs: Span[];
  readonly quotations: Quotation[];
  readonly sentences: Span[];
  readonly folded: string;
  private readonly quoted: Uint8Array;

  constructor(readonly body: string) {
    this.paragraphs = paragraphSpans(body);
    this.quotations = findQuotations(body, this.paragraphs);
    this.folded = foldForMatching(body);
    this.quoted = new Uint8Array(body.length + 1);
    for (const q of this.quotations) this.quoted.fill(1, q.start, q.end);
    const inside = (offset: number) => this.quoted[offset] === 1;
    const textStart = datelineEnd(body);
    this.sentences = this.paragraphs
      .flatMap((paragraph) => sentenceSpans(body, paragraph, inside))
      .map((s) => (s.start === 0 ? { start: Math.min(textStart, s.end), end: s.end } : s));
  }

  insideQuotation(offset: number): boolean {
    return this.quoted[offset] === 1;
  }

  /** The sentence holding an offset (the nearest one before it when it falls between two). */
  sentenceAt(offset: number): Span {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return this.sentences[low] ?? { start: 0, end: this.body.length };
  }

  paragraphAt(offset: number): number {
    return this.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
  }

  text(span: Span): string {
    return this.body.slice(span.start, span.end);
  }

  /** The quotation whose closing mark is at an offset, or whose words end there. */
  quotationEndingBefore(offset: number, from: number): Quotation | undefined {
    return this.quotations.findLast((q) => (q.closeMark ?? q.end) < offset && (q.closeMark ?? q.end) >= from);
  }
}
