import type { CitationStatus, ComparisonSnapshot, QuoteSnapshot } from '../domain/briefing.js';
import type { z } from 'zod';

/**
 * A briefing note laid out for export, independent of any format: the DOCX, HTML (print and
 * file), PDF and Markdown writers all render this, so every format says the same thing.
 */
export interface BriefingDocument {
  title: string;
  /** Shown as "17 April 2025". */
  date: string;
  author: string;
  /** Printed on every page; '' for none. */
  caveat: string;
  blocks: Block[];
  /** Numbered in order of first citation: `number` matches the markers in the text. */
  sources: Source[];
}

/** A run of inline text. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Only http(s) links survive into a document. */
  href?: string;
  /** A citation marker "[n]" pointing at sources[n - 1]. */
  source?: number;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: Inline[] }
  | { type: 'paragraph'; text: Inline[]; direction: 'ltr' | 'rtl' }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | {
      type: 'quote';
      quote: z.infer<typeof QuoteSnapshot>;
      /** The source number this quotation cites. */
      source: number;
      /** current, or flagged: changed or deleted since it was cited. */
      status: z.infer<typeof CitationStatus>;
    }
  | {
      type: 'comparison';
      comparison: z.infer<typeof ComparisonSnapshot>;
      /** One source number per statement, in the order of comparison.sides[i].statements[j]. */
      sources: number[][];
      status: z.infer<typeof CitationStatus>;
    };

export interface Source {
  number: number;
  /** "Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025" */
  speaker: string | null;
  article_title: string;
  outlet: string | null;
  said_on: string | null;
  url: string | null;
}
