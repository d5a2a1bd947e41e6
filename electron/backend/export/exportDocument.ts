import type { z } from 'zod';
import type { BriefingDocument } from '../../../shared/briefing/document.js';
import type { ExportedFile, ExportFormat } from '../../../shared/domain/briefing.js';
import { writeDocx } from './docxWriter.js';
import type { FontSource } from './fonts.js';
import { writeHtml } from './htmlWriter.js';
import { writeMarkdown } from './markdownWriter.js';
import type { PdfPrinter } from './pdf.js';

export type DocumentFormat = z.infer<typeof ExportFormat>;

/** What rendering needs from outside: the PDF printer (system Chromium, or Electron's own) and, in tests, the fonts. */
export interface DocumentExportOptions {
  printPdf: PdfPrinter;
  fonts?: FontSource;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The document in one format, as bytes. */
export async function renderDocument(document: BriefingDocument, format: DocumentFormat, options: DocumentExportOptions): Promise<RenderedDocument> {
  switch (format) {
    case 'docx':
      return { bytes: await writeDocx(document), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    case 'pdf':
      return { bytes: await options.printPdf(writeHtml(document, options.fonts)), mime: 'application/pdf', extension: 'pdf' };
    case 'html':
      return { bytes: utf8(writeHtml(document, options.fonts)), mime: 'text/html;charset=utf-8', extension: 'html' };
    case 'md':
      return { bytes: utf8(writeMarkdown(document)), mime: 'text/markdown;charset=utf-8', extension: 'md' };
  }
}

/** A file name from the title: letters and digits of any script, joined by hyphens. */
export function documentFileName(title: string, extension: string): string {
  const stem = title.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${stem || 'briefing'}.${extension}`;
}

/** The document as an ExportedFile for the renderer to download. */
export async function exportDocument(document: BriefingDocument, format: DocumentFormat, options: DocumentExportOptions): Promise<ExportedFile> {
  const { bytes, mime, extension } = await renderDocument(document, format, options);
  return { file_name: documentFileName(document.title, extension), mime, data: Buffer.from(bytes).toString('base64') };
}
