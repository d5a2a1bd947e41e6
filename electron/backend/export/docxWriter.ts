import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, BriefingDocument, Inline, Source } from '../../../shared/briefing/document.js';
import {
  attribution,
  byline,
  comparisonRows,
  flagLabel,
  isWebUrl,
  marker,
  sourceText,
  type ComparisonBlock,
  type ComparisonCell,
  type QuoteBlock,
} from './documentText.js';

/** Paragraph style ids: Word's built-in Title and Heading1–3, plus the two quotation styles defined below. */
const QUOTE = 'Quote';
const QUOTE_CREDIT = 'QuoteAttribution';
const SOURCE = 'SourceEntry';
const ORDERED = 'ordered-list';
const FLAG_COLOUR = 'A30000';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

type Snapshot = QuoteBlock['quote'];

const link = (url: string, text: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

function inline(runs: Inline[], rtl = false): ParagraphChild[] {
  return runs.map((run) => {
    if (run.source !== undefined) return new TextRun({ text: marker(run.source), rightToLeft: rtl });
    const text = new TextRun({ text: run.text, bold: run.bold, italics: run.italic, rightToLeft: rtl });
    return isWebUrl(run.href) ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
  });
}

function flagRun(status: QuoteBlock['status']): TextRun[] {
  const label = flagLabel(status);
  return label ? [new TextRun({ text: ` ${label}`, bold: true, color: FLAG_COLOUR, italics: false })] : [];
}

/**
 * The quotation, one paragraph per line, in the Quote style. Urdu, Pashto and Dari are written
 * as right-to-left paragraphs with right-to-left runs, their complex-script font and language
 * set, so Word lays them out (and proofs them) as such; the text is never reversed by hand.
 */
function quotation(q: Snapshot, struck = false): Paragraph[] {
  const rtl = q.direction === 'rtl';
  const lines = q.quote.split(/\n+/);
  return lines.map((line, i) => {
    const text = `${i === 0 ? '“' : ''}${line}${i === lines.length - 1 ? '”' : ''}`;
    return new Paragraph({
      style: QUOTE,
      bidirectional: rtl,
      children: [
        new TextRun({
          text,
          rightToLeft: rtl,
          strike: struck,
          ...(rtl
            ? { font: { cs: q.language === 'ur' ? 'Noto Nastaliq Urdu' : 'Noto Naskh Arabic' }, language: { bidirectional: q.language } }
            : {}),
        }),
      ],
    });
  });
}

/** "— speaker, role (side), date, outlet, link [n]" and the flag when the citation changed. */
function credit(q: Snapshot, source: number, status: QuoteBlock['status']): Paragraph {
  return new Paragraph({
    style: QUOTE_CREDIT,
    children: [
      new TextRun(`— ${attribution(q)}`),
      ...(isWebUrl(q.url) ? [new TextRun(', '), link(q.url, q.url)] : []),
      new TextRun(` ${marker(source)}`),
      ...flagRun(status),
    ],
  });
}

function quote(block: QuoteBlock): Paragraph[] {
  return [...quotation(block.quote, block.status === 'deleted'), credit(block.quote, block.source, block.status)];
}

const HALF = { size: 50, type: WidthType.PERCENTAGE } as const;

function cell(children: Paragraph[], shading?: string): TableCell {
  return new TableCell({ width: HALF, children: children.length ? children : [new Paragraph('')], ...(shading ? { shading: { fill: shading } } : {}) });
}

function statementCell(entry: ComparisonCell | null): TableCell {
  return cell(entry ? [...quotation(entry.statement), credit(entry.statement, entry.source, 'current')] : []);
}

/** A two-column table: the side names as the header row (repeated on each page), their summaries, then the statements. */
function comparison(block: ComparisonBlock): (Paragraph | Table)[] {
  const { sides, topic } = block.comparison;
  const rows = [
    new TableRow({
      tableHeader: true,
      children: sides.map((side) => cell([new Paragraph({ children: [new TextRun({ text: side.name, bold: true })] })], 'EEEEEE')),
    }),
    ...(sides.some((side) => side.summary)
      ? [new TableRow({ children: sides.map((side) => cell([new Paragraph({ children: [new TextRun({ text: side.summary, bold: true })] })], 'F6F6F6')) })]
      : []),
    ...comparisonRows(block).map((cells) => new TableRow({ cantSplit: true, children: cells.map(statementCell) })),
  ];
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: `${topic}: ${sides.map((side) => side.name).join(' and ')} compared`, bold: true }), ...flagRun(block.status)],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph(''),
  ];
}

function block(b: Block, listIndex: number): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: inline(b.text) })];
    case 'paragraph':
      return [new Paragraph({ bidirectional: b.direction === 'rtl', children: inline(b.text, b.direction === 'rtl') })];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            children: inline(item),
            ...(b.ordered ? { numbering: { reference: ORDERED, level: 0, instance: listIndex } } : { bullet: { level: 0 } }),
          }),
      );
    case 'quote':
      return quote(b);
    case 'comparison':
      return comparison(b);
  }
}

function source(s: Source): Paragraph {
  return new Paragraph({
    style: SOURCE,
    children: [new TextRun(`${marker(s.number)} ${sourceText(s)}`), ...(isWebUrl(s.url) ? [new TextRun(' '), link(s.url, s.url)] : [])],
  });
}

function caveatParagraph(caveat: string, pageNumbers: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({ text: caveat, bold: true, allCaps: true, size: 18 }),
      ...(pageNumbers ? [new TextRun({ children: [caveat ? '   ' : '', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 })] : []),
    ],
  });
}

/**
 * The note as a Word document: Title and Heading 1–3 styles, quotations in the "Quote" style with
 * their attribution, comparisons as two-column tables, numbered sources at the end, and the
 * caveat in the header (and footer) of every page.
 */
export async function writeDocx(document: BriefingDocument): Promise<Uint8Array> {
  let lists = 0;
  const body = document.blocks.flatMap((b) => block(b, b.type === 'list' && b.ordered ? ++lists : 0));
  const meta = byline(document);
  const doc = new Document({
    title: document.title,
    creator: document.author || 'Parallax',
    styles: {
      paragraphStyles: [
        {
          id: QUOTE,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 40 } },
        },
        {
          id: QUOTE_CREDIT,
          name: 'Quote Attribution',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 19, color: '333333' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 160 } },
        },
        {
          id: SOURCE,
          name: 'Source Entry',
          basedOn: 'Normal',
          run: { size: 19 },
          paragraph: { indent: { left: 480, hanging: 480 }, spacing: { after: 80 } },
        },
      ],
    },
    numbering: {
      config: [{ reference: ORDERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        headers: document.caveat ? { default: new Header({ children: [caveatParagraph(document.caveat, false)] }) } : undefined,
        footers: { default: new Footer({ children: [caveatParagraph(document.caveat, true)] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
          ...(meta ? [new Paragraph({ children: [new TextRun({ text: meta, color: '444444' })] })] : []),
          ...body,
          ...(document.sources.length
            ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }), ...document.sources.map(source)]
            : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
