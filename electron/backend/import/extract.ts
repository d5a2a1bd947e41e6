import { classifyImportPath, sizeRefusal, type ImportFormat } from '../../../shared/import/fileKinds.js';
import type { ExtractedArticle } from './extractedArticle.js';
import { ImportRefusal } from './refusal.js';

export type { ExtractedArticle } from './extractedArticle.js';
export { ImportRefusal } from './refusal.js';

type Extractor = (bytes: Uint8Array) => ExtractedArticle[] | Promise<ExtractedArticle[]>;

// Each format's module is loaded when first needed, so importing text never loads jsdom or pdfjs.
const EXTRACTORS: Record<ImportFormat, () => Promise<Extractor>> = {
  text: async () => (await import('./formats/text.js')).extractText,
  markdown: async () => (await import('./formats/text.js')).extractMarkdown,
  html: async () => (await import('./formats/html.js')).extractHtml,
  docx: async () => (await import('./formats/docx.js')).extractDocx,
  pdf: async () => (await import('./formats/pdf.js')).extractPdf,
  json: async () => (await import('./formats/json.js')).extractJson,
};
/** Extractors already loaded: a dynamic import() of a loaded module still costs a trip through the loader per file. */
const loaded = new Map<ImportFormat, Extractor>();

/**
 * Every article the file holds (a JSON file may hold many; other formats one), its format chosen
 * by the file name. Throws ImportRefusal with the reason when the file cannot be imported.
 */
export async function extractArticles(bytes: Uint8Array, name: string): Promise<ExtractedArticle[]> {
  // Only the file's own name decides: a folder above it may well start with a dot.
  const kind = classifyImportPath(name.split(/[\\/]/).pop() ?? name);
  if (!kind.ok) throw new ImportRefusal(kind.reason);
  const tooLarge = sizeRefusal(bytes.byteLength);
  if (tooLarge) {
    throw new ImportRefusal(tooLarge);
  }
  const extract = loaded.get(kind.format) ?? (await EXTRACTORS[kind.format]());
  loaded.set(kind.format, extract);
  return extract(bytes);
}
