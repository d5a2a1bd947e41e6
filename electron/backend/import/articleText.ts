import { canonicalBody, cleanLine } from '../../../shared/text/normalize.js';

const comparable = (text: string) => cleanLine(text).toLowerCase();

/**
 * The canonical body made of `paragraphs`, without a leading paragraph that only repeats the
 * title (pages and documents usually show their headline above the text) unless that is all.
 */
export function bodyFromParagraphs(paragraphs: string[], title: string | undefined): string {
  const [first, ...rest] = paragraphs;
  const repeatsTitle = title !== undefined && first !== undefined && rest.length > 0 && comparable(first) === comparable(title);
  return canonicalBody((repeatsTitle ? rest : paragraphs).join('\n\n'));
}
