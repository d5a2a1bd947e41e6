import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Mammoth's reading of a DOCX: our paragraph styles mapped to marked elements, so a test sees which style each paragraph has. */
export async function docxHtml(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: [
        "p[style-name='Title'] => h1.title:fresh",
        "p[style-name='Quote'] => blockquote > p:fresh",
        "p[style-name='Quote Attribution'] => p.credit:fresh",
        "p[style-name='Source Entry'] => p.source:fresh",
      ],
    },
  );
  return { html: result.value, warnings: result.messages.map((m) => m.message) };
}

/** The DOCX's parts as XML text, by path (word/document.xml, word/header1.xml, …). */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

/** Each page's text, as pdfjs reads it. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

/** Text as a PDF reads back, with line breaks and runs of spaces as single spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
