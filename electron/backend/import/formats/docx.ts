import mammoth from 'mammoth';
import { bodyFromParagraphs } from '../articleText.js';
import { plainText, sanitizeArticleHtml } from '../dom.js';
import type { ExtractedArticle } from '../extractedArticle.js';
import { htmlToParagraphs } from '../htmlToText.js';
import { definedFields } from '../metadataValues.js';
import { ImportRefusal } from '../refusal.js';

/** Compound File Binary magic: an encrypted .docx (Word wraps it in CFB) or a pre-2007 .doc. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];
/** Images carry no article text; skipping them spares converting each to a data: URI. */
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

async function documentHtml(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES });
    return result.value;
  } catch (error) {
    throw new ImportRefusal(`is not a readable Word document (${(error as Error).message})`);
  }
}

/**
 * A Word document through mammoth's HTML, sanitised and reduced to paragraphs like a web page;
 * the first Title or Heading 1 paragraph is the title.
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedArticle[]> {
  if (CFB_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new ImportRefusal('is password-protected or an old .doc file; save it as .docx without a password');
  }
  const fragment = sanitizeArticleHtml(await documentHtml(bytes));
  const heading = fragment.querySelector('h1');
  const title = plainText(heading?.textContent) || undefined;
  heading?.remove();
  const body = bodyFromParagraphs(htmlToParagraphs(fragment), title);
  if (!body) throw new ImportRefusal('is empty');
  return [definedFields({ title, body })];
}
