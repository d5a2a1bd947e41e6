import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** A committed fixture of test/fixtures/library (see its README). */
export function libraryFixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/library/${name}`, import.meta.url));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

// Realistic Word and PDF articles built in the tests (both libraries are deterministic enough and
// fast), so each fixture's content sits next to the assertions that read it.

export const DOCX_ARTICLE = {
  title: 'Pakistan and Afghanistan revive JCC talks in Kabul',
  paragraphs: [
    'ISLAMABAD: Amid escalating tensions along the Pakistan-Afghanistan border, signs of a diplomatic thaw have emerged between the two neighbours.',
    'Pakistan’s Special Envoy for Afghanistan, Mohammad Sadiq Khan, met Foreign Minister Amir Khan Muttaqi in Kabul under the framework of the Joint Coordination Committee.',
  ],
  keyPoints: ['A Pakistani delegation visits Kabul for detailed talks', 'The JCC meets in Kabul after a 15-month pause'],
  urdu: 'اسلام آباد: پاکستان کے نائب وزیراعظم محمد اسحاق ڈار نے کہا ہے کہ وہ آئندہ چند دنوں میں کابل کا دورہ کریں گے۔',
};

/** A Word article: a Title paragraph, English paragraphs, a "Key points" bullet list, Urdu text. */
export async function buildDocxArticle(options: { titleStyle?: 'Title' | 'Heading1' | 'none' } = {}): Promise<Uint8Array> {
  const style = options.titleStyle ?? 'Title';
  const heading =
    style === 'none'
      ? []
      : [new Paragraph({ text: DOCX_ARTICLE.title, heading: style === 'Title' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1 })];
  const doc = new Document({
    sections: [
      {
        children: [
          ...heading,
          new Paragraph({ children: [new TextRun({ text: 'ISLAMABAD:', bold: true }), new TextRun(DOCX_ARTICLE.paragraphs[0]!.slice('ISLAMABAD:'.length))] }),
          new Paragraph({ text: 'Key points', heading: HeadingLevel.HEADING_2 }),
          ...DOCX_ARTICLE.keyPoints.map((point) => new Paragraph({ text: point, bullet: { level: 0 } })),
          new Paragraph(DOCX_ARTICLE.paragraphs[1]!),
          new Paragraph({ text: DOCX_ARTICLE.urdu, bidirectional: true }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const PDF_ARTICLE = {
  title: 'Kabul and Islamabad agree to reopen Torkham',
  header: 'Frontier Post Daily - Thursday, April 17, 2025',
};

/** Lines as laid out on the page (each full width unless it ends its paragraph). */
const PAGE_ONE: string[][] = [
  [
    'ISLAMABAD: Officials from Pakistan and Afghanistan agreed on Thursday to reopen the Torkham',
    'crossing for trade after weeks of closure, according to statements issued by both foreign',
    'ministries after a day of talks in the capital.',
  ],
  [
    'The agreement follows mediation by the Joint Coordination Committee, whose inter-',
    'national observers described the meeting as constructive and said that a joint team',
    'would inspect the crossing before the first trucks are allowed through next week and',
  ],
];
const PAGE_TWO: string[][] = [
  ['that traders on both sides would be compensated for goods spoiled during the closure.'],
  [
    'Pakistan\u2019s special envoy said the two sides would meet again in Kabul next month to review',
    'progress on the crossing, on refugees and on security along the border.',
  ],
];

/**
 * A two-page article as a newspaper PDF: a running header and page number on each page, a
 * headline, a wrapped paragraph, a hyphenated line break and a paragraph running over the page.
 */
export async function buildPdfArticle(options: { metadataTitle?: string } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (options.metadataTitle) pdf.setTitle(options.metadataTitle);
  pdf.setAuthor('Frontier Post Desk');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  [PAGE_ONE, PAGE_TWO].forEach((paragraphs, index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText(PDF_ARTICLE.header, { x: 50, y: 805, size: 9, font });
    let y = 760;
    if (index === 0) {
      page.drawText(PDF_ARTICLE.title, { x: 50, y, size: 20, font: bold });
      y -= 36;
    }
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 15;
      }
      y -= 12;
    }
    page.drawText(String(index + 1), { x: 292, y: 40, size: 9, font });
  });
  return pdf.save();
}

/** A "scanned" page: shapes only, no text layer. */
export async function buildPdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 400, width: 300, height: 200, color: rgb(0.4, 0.4, 0.4) });
  return pdf.save();
}
