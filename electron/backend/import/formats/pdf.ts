import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanLine } from '../../../../shared/text/normalize.js';
import { bodyFromParagraphs } from '../articleText.js';
import type { ExtractedArticle } from '../extractedArticle.js';
import { looksLikeHeadline } from '../headline.js';
import { definedFields, languageCode } from '../metadataValues.js';
import { paragraphsFromPages, type TextRun } from '../pdfLayout.js';
import { ImportRefusal } from '../refusal.js';

/** Titles that name the file a PDF was made from rather than the article. */
const FILE_NAME_TITLE = /^microsoft (?:word|powerpoint) - |\.(?:docx?|pdf|txt|indd|rtf|odt)$/i;

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  Language?: unknown;
}

const infoText = (value: unknown) => (typeof value === 'string' ? cleanLine(value) : '');

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // Loaded on first use: pdfjs is large. In Node the legacy build runs its worker in-process.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs refuses Buffers and may detach what it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException') throw new ImportRefusal('is password-protected');
    throw new ImportRefusal(`is not a readable PDF (${(error as Error).message})`);
  }
}

async function pageRuns(pdf: PDFDocumentProxy): Promise<TextRun[][]> {
  const pages: TextRun[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height }] : [],
      ),
    );
    page.cleanup();
  }
  return pages;
}

/**
 * A PDF's text layer, page by page, rebuilt into paragraphs. The title is the document's Title
 * metadata unless that names a file, else the first line when it stands alone like a headline.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedArticle[]> {
  const pdf = await openPdf(bytes);
  try {
    let paragraphs: string[];
    let info: PdfInfo;
    try {
      paragraphs = paragraphsFromPages(await pageRuns(pdf));
      info = ((await pdf.getMetadata()).info ?? {}) as PdfInfo;
    } catch (error) {
      throw new ImportRefusal(`is not a readable PDF (${(error as Error).message})`);
    }
    if (paragraphs.length === 0) throw new ImportRefusal('has no text layer (scanned images are not supported)');
    const declared = infoText(info.Title);
    const [first, second] = paragraphs;
    const title =
      declared && !FILE_NAME_TITLE.test(declared) ? declared : first && looksLikeHeadline(first, second) ? first : undefined;
    return [
      definedFields({
        title,
        body: bodyFromParagraphs(paragraphs, title),
        author: infoText(info.Author) || undefined,
        language: languageCode(infoText(info.Language)),
      }),
    ];
  } finally {
    await pdf.destroy();
  }
}
