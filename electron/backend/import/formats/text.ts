import { canonicalBody } from '../../../../shared/text/normalize.js';
import { decodeText } from '../decodeText.js';
import { withCanonicalBody, type ExtractedArticle } from '../extractedArticle.js';
import { splitHeadline } from '../headline.js';
import { markdownToText } from '../markdownToText.js';
import { definedFields } from '../metadataValues.js';
import { ImportRefusal } from '../refusal.js';

function articleFromText(text: string): ExtractedArticle[] {
  const { title, body } = splitHeadline(text);
  return [withCanonicalBody(definedFields({ title, body: canonicalBody(body) }))];
}

/** A plain-text file: the first line is the title when it looks like a headline. */
export function extractText(bytes: Uint8Array): ExtractedArticle[] {
  return articleFromText(decodeText(bytes));
}

/** A Markdown file: markup reduced to text first, so a `# Heading` first line is the title. */
export function extractMarkdown(bytes: Uint8Array): ExtractedArticle[] {
  const text = markdownToText(decodeText(bytes));
  if (!canonicalBody(text)) throw new ImportRefusal('is empty');
  return articleFromText(text);
}
