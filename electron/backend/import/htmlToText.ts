/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Table cells stay on their row's line, separated by a space. */
const CELLS = new Set(['TD', 'TH']);

/** The bullet that starts an unordered list item's paragraph (ordered items get `1.`, `2.`, …). */
const LIST_BULLET = '•';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

/**
 * Plain text paragraphs of sanitised HTML: every block element is a paragraph (a heading too),
 * `<br>` is a line break inside one, whitespace collapses as a browser shows it (kept inside
 * `<pre>`). Each list item is a paragraph that starts with its marker, `• ` in a `<ul>` and
 * `1. `, `2. `… in an `<ol>`, so lists still read as lists in plain text and a "Key points" list
 * can be told from prose (see shared/text/keyPoints.ts). Only text nodes are read, never
 * attributes.
 */
export function htmlToParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  /** The list marker waiting for its item's first paragraph (an item may wrap its text in `<p>`). */
  let marker = '';

  const flush = () => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (paragraph) {
      paragraphs.push(marker + paragraph);
      marker = '';
    }
    current = '';
  };

  /** The marker of a list item: its position among its list's items when the list is ordered. */
  const markerOf = (item: Element): string => {
    const list = item.parentElement;
    if (list?.tagName.toUpperCase() !== 'OL') return `${LIST_BULLET} `;
    const items = Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI');
    return `${items.indexOf(item) + 1}. `;
  };

  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      current += preformatted ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'LI') marker = markerOf(node as Element);
    if (CELLS.has(tag)) current += ' ';
    for (const child of Array.from(node.childNodes)) walk(child, preformatted || tag === 'PRE');
    if (block) flush();
    // An item without text leaves no marker behind for the next paragraph.
    if (tag === 'LI') marker = '';
  };

  walk(root, false);
  flush();
  return paragraphs;
}
