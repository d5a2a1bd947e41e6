/**
 * How deep a page's elements nest, measured before the page is parsed: jsdom's parser takes time
 * growing with the square of the depth (and overflows the stack near 10,000 levels), and
 * Readability far worse, so a page nested thousands deep would take minutes to refuse. The scan
 * is one pass over the markup, no DOM, following the HTML parser's tree-building rules that
 * decide depth: void elements, raw text (`<script>`, `<style>`, `<textarea>`, …), comments,
 * auto-closed `<p>`, `<li>`, `<dd>`, `<option>` and table parts, end tags that only close within
 * their scope, `<select>`, SVG/MathML content (where `/>` closes) and the formatting elements
 * (`<b>`, `<font>`, …) the parser reopens after a block closes them. Where it simplifies, it errs
 * deep: it may over-count a malformed page, never under-count one (a property test checks it
 * against jsdom). Each tag costs the same however deep the page is (see openElements.ts).
 */
import { FORMATTING, OpenElements, type Fence, type Namespace } from './openElements.js';

/**
 * Deepest element nesting read from a page, counted inside `<body>` (`<body><div><p>` is 2).
 * Real pages reach 15–60 and the deepest news pages about 130 (HTTP Archive, 2023); Chrome stops
 * nesting at 512. Readability's time grows between the square and the cube of the depth: at 256,
 * a page of article length takes a few tenths of a second on a busy two-core machine, a chain of
 * wrappers around a few lines (which Readability reads four times over) a few seconds; at 512,
 * four times that. Documented in the README.
 */
export const MAX_HTML_DEPTH = 256;

/** Why a page is refused for its nesting (app, CLI and backend alike), or null. */
export function nestingRefusal(html: string): string | null {
  const depth = htmlNestingDepth(html);
  return depth > MAX_HTML_DEPTH
    ? `is nested ${depth.toLocaleString('en-US')} elements deep; Parallax reads pages nested at most ${MAX_HTML_DEPTH} deep`
    : null;
}

const set = (names: string) => new Set(names.split(' '));

const VOID = set('area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr');
/** Elements whose content is text up to their end tag (`<plaintext>`: to the end of the file). */
const RAW_TEXT = set('script style xmp iframe noembed noframes textarea title');
/** Start tags that close an open `<p>` first (not `<table>`: a page without a doctype keeps it). */
const CLOSES_P = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form header hgroup hr listing main menu nav ol p pre search section summary ul li dd dt h1 h2 h3 h4 h5 h6',
);
const HEADINGS = set('h1 h2 h3 h4 h5 h6');
/** Elements an end tag closes on its way ("generate implied end tags"). */
const IMPLIED_END = set('dd dt li optgroup option p rb rp rt rtc');
const TABLE_SECTIONS = set('tbody thead tfoot');
const TABLE_PARTS = set('table tbody thead tfoot tr td th caption');
/** End tags that close their element only when it is in (default) scope. */
const CLOSED_IN_SCOPE = set(
  'address article aside blockquote button center details dialog dir div dl dd dt fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul applet marquee object template',
);
const LIST_ITEMS = ['li'];
const DEFINITION_ITEMS = ['dd', 'dt'];
const CELLS = ['td', 'th'];
/** What a row, cell or section goes in (a `<template>` takes them too). */
const ROW_CONTEXT = ['tr', 'tbody', 'thead', 'tfoot', 'table', 'template'];
const SECTION_CONTEXT = ['tbody', 'thead', 'tfoot', 'table', 'template'];
const TABLE_CONTEXT = ['table', 'template'];
/** In a `<select>` the parser drops other start tags, and end tags but these. */
const SELECT_START_TAGS = set('option optgroup script textarea');
const SELECT_END_TAGS = set('select option optgroup template');
const MATHML_TEXT_POINTS = set('mi mo mn ms mtext');
/** HTML start tags that end SVG/MathML content (`<font>` only with color, face or size). */
const BREAKOUT = set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
);

type Attributes = ReadonlyMap<string, string>;
interface Tag {
  name: string;
  end: number;
  selfClosing: boolean;
  attributes: Attributes;
}

const isWhitespace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Reads a tag from its name to its `>`, attribute values quoted or not; null when the file ends first. */
function readTag(html: string, from: number): Tag | null {
  let i = from;
  while (i < html.length && !isWhitespace(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < html.length && isWhitespace(html[i]!)) i++;
    if (i >= html.length) return null;
    if (html[i] === '>') return { name, end: i + 1, selfClosing: false, attributes };
    if (html[i] === '/') {
      if (html[i + 1] === '>') return { name, end: i + 2, selfClosing: true, attributes };
      i++;
      continue;
    }
    const start = i++; // a name may start with '='
    while (i < html.length && !isWhitespace(html[i]!) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attribute = html.slice(start, i).toLowerCase();
    let value = '';
    while (i < html.length && isWhitespace(html[i]!)) i++;
    if (html[i] === '=') {
      i++;
      while (i < html.length && isWhitespace(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < html.length && !isWhitespace(html[i]!) && html[i] !== '>') i++;
        value = html.slice(start, i);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, value);
  }
}

const COMMENT_END = /--!?>/g;
/** Where a comment that starts at `from` (just after `<!--`) ends: `-->`, `--!>`, or `<!-->` at once. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  COMMENT_END.lastIndex = from;
  return COMMENT_END.exec(html) ? COMMENT_END.lastIndex : html.length;
}

function afterNext(html: string, text: string, from: number): number {
  const at = html.indexOf(text, from);
  return at < 0 ? html.length : at + text.length;
}

const rawTextEnds = new Map<string, RegExp>();
/** Where the raw text of `name` ends: at its end tag (`</script` then a space, `/` or `>`). */
function rawTextEnd(html: string, name: string, from: number): number {
  let end = rawTextEnds.get(name);
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')));
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/**
 * The deepest nesting of elements inside `<body>` that parsing `html` would build, or more (see
 * the module comment).
 */
export function htmlNestingDepth(html: string): number {
  const open = new OpenElements();
  let deepest = 0;
  /** A form was opened and its `</form>` not seen yet (the parser's form element pointer). */
  let formPending = false;
  /** An element is made one level below the open ones (and any formatting the parser reopens). */
  const made = () => (deepest = Math.max(deepest, open.depth + 1));
  const push = (name: string, foreign: Namespace | null, attributes: Attributes = new Map()) => {
    made();
    open.push(name, foreign, attributes);
  };
  const closeWithin = (names: Iterable<string>, fence: Fence) => {
    const index = open.nearestWithin(names, fence);
    if (index >= 0) open.popThrough(index);
  };
  const closeP = () => closeWithin(['p'], 'button');

  /** The end tag of an element the parser does not know specially: closes it unless a special element is between. */
  const closeAny = (name: string) => {
    const index = open.nearest([name]);
    if (index >= 0 && index >= open.fence('special')) open.popThrough(index);
  };
  /**
   * A formatting element's end tag. With no block open inside it, it closes like any element;
   * with one, the parser moves the block out from under it (the "adoption agency"), which this
   * counts as leaving the block where it was.
   */
  const closeFormatting = (name: string) => {
    const entry = open.lastFormatting(name);
    if (!entry) return closeAny(name);
    if (!entry.open) return open.forget(entry);
    const { index } = entry.open;
    if (open.fence('default') > index) return; // not in scope: ignored
    if (open.fence('special') < index) open.popThrough(index);
    open.forget(entry);
  };

  /** Index of the `<select>` the parser is in (not in a `<template>` inside one), else -1. */
  const openSelect = (): number => {
    const index = open.nearest(['select', 'template']);
    return index >= 0 && open.at(index).name === 'select' ? index : -1;
  };
  /** A `<select>` in a table, where a table tag closes the select. */
  const inTable = (select: number): boolean => {
    const fence = open.at(select).fences.table;
    return fence >= 0 && open.at(fence).name === 'table';
  };
  /**
   * The open table part a new row, cell or section goes in, what is open above it closed; in a
   * `<template>` (where the parser's mode is not known here) nothing closes and it counts as a
   * table. Null outside tables, where the parser drops table tags.
   */
  const tableContext = (parts: string[]): string | null => {
    const index = open.nearest(parts);
    if (index < 0) return null;
    const { name } = open.at(index);
    if (name === 'template') return 'table';
    open.popThrough(index + 1);
    return name;
  };
  /** `<td>`/`<th>` close an open cell; a row (and body) is implied when missing. */
  const startCell = (name: string, attributes: Attributes) => {
    closeWithin(CELLS, 'table');
    const context = tableContext(ROW_CONTEXT);
    if (context === null) return;
    if (context === 'table') push('tbody', null);
    if (context !== 'tr') push('tr', null);
    push(name, null, attributes);
  };
  const startRow = (attributes: Attributes) => {
    closeWithin(['tr'], 'table');
    const context = tableContext(SECTION_CONTEXT);
    if (context === null) return;
    if (context === 'table') push('tbody', null);
    push('tr', null, attributes);
  };
  const startInTable = (name: string, attributes: Attributes) => {
    if (TABLE_SECTIONS.has(name)) closeWithin(TABLE_SECTIONS, 'table');
    if (tableContext(TABLE_CONTEXT) !== null) push(name, null, attributes);
  };

  /** An HTML tag in SVG or MathML closes it, back to the HTML around it. */
  const leaveForeignContent = () => {
    while (open.top?.foreign && !open.top.integration) open.pop();
  };
  /** An SVG or MathML element: there `<x/>` closes itself. */
  const foreignElement = (name: string, namespace: Namespace, selfClosing: boolean, attributes: Attributes) => {
    if (selfClosing) made();
    else push(name, namespace, attributes);
  };
  /** Any other element: blocks close an open `<p>`, `<li>` an open item, a heading an open heading. */
  const startInBody = (name: string, attributes: Attributes) => {
    if (name === 'li' || name === 'dd' || name === 'dt') {
      // The nearest open item closes, unless a block other than div, p or address is between.
      const index = open.nearest(name === 'li' ? LIST_ITEMS : DEFINITION_ITEMS);
      if (index >= 0 && index >= open.fence('item')) open.popThrough(index);
    } else if (name === 'button') {
      closeWithin(['button'], 'default');
    } else if (name === 'a' || name === 'nobr') {
      if (open.lastFormatting(name)) closeFormatting(name);
    } else if (name === 'option' || name === 'optgroup') {
      if (open.top?.name === 'option') open.pop();
      if (name === 'optgroup' && open.top?.name === 'optgroup' && openSelect() >= 0) open.pop();
    }
    if (CLOSES_P.has(name)) closeP();
    if (HEADINGS.has(name) && open.top && !open.top.foreign && HEADINGS.has(open.top.name)) open.pop();
    push(name, null, attributes);
  };

  /** What follows the start tag: markup, raw text up to its end tag, or text to the end of the file. */
  const startTag = ({ name, selfClosing, attributes }: Tag): 'markup' | 'raw' | 'plaintext' => {
    const current = open.top;
    if (current?.foreign && !current.integration) {
      const breaksOut = BREAKOUT.has(name) || (name === 'font' && ['color', 'face', 'size'].some((a) => attributes.has(a)));
      if (!breaksOut) {
        // Inside MathML, <svg> starts SVG only in an <annotation-xml>; elsewhere it is MathML too.
        const svgInMath = current.foreign === 'math' && current.name === 'annotation-xml' && name === 'svg';
        foreignElement(name, svgInMath ? 'svg' : current.foreign, selfClosing, attributes);
        return 'markup';
      }
      leaveForeignContent();
    } else if (current?.integration && MATHML_TEXT_POINTS.has(current.name) && (name === 'mglyph' || name === 'malignmark')) {
      foreignElement(name, 'math', selfClosing, attributes);
      return 'markup';
    }
    if (name === 'html' || name === 'head' || name === 'body') return 'markup';
    if (name === 'form' && open.nearest(['template']) < 0) {
      // The parser keeps one form at a time (outside templates): another is dropped till `</form>`.
      if (formPending) return 'markup';
      formPending = true;
    }
    const select = openSelect();
    if (select >= 0 && TABLE_PARTS.has(name) && inTable(select)) {
      open.popThrough(select);
    } else if (select >= 0 && !SELECT_START_TAGS.has(name)) {
      // Counted (newer parsers keep them), closing nothing.
      if (VOID.has(name)) made();
      else push(name, null, attributes);
      return 'markup';
    }
    const inFrameset = open.nearest(['frameset']) >= 0;
    if (name === 'plaintext' && !inFrameset) {
      closeP();
      made();
      return 'plaintext';
    }
    // In a <frameset> the parser drops these tags, so what follows is markup.
    if (RAW_TEXT.has(name) && (name === 'noframes' || !inFrameset)) {
      if (name === 'xmp') closeP();
      made();
      return 'raw';
    }
    if (VOID.has(name)) {
      if (name === 'hr') closeP();
      // A <col> straight in a table gets a <colgroup> around it.
      if (name === 'col' && open.top?.name !== 'colgroup') startInTable('colgroup', new Map());
      made();
    } else if (name === 'svg' || name === 'math') foreignElement(name, name, selfClosing, attributes);
    else if (name === 'td' || name === 'th') startCell(name, attributes);
    else if (name === 'tr') startRow(attributes);
    else if (TABLE_SECTIONS.has(name) || name === 'caption' || name === 'colgroup') startInTable(name, attributes);
    else startInBody(name, attributes);
    return 'markup';
  };

  const endTag = (name: string) => {
    if (open.top?.foreign) {
      if (name === 'p' || name === 'br') leaveForeignContent();
      const index = open.nearestForeign(name);
      if (index > open.fence('html')) return open.popThrough(index);
    }
    if (name === 'html' || name === 'body') return;
    if (openSelect() >= 0 && !SELECT_END_TAGS.has(name) && !TABLE_PARTS.has(name)) return;
    if (name === 'br') return made(); // `</br>` is read as `<br>`
    if (name === 'p') {
      const p = open.nearestWithin(['p'], 'button');
      return p >= 0 ? open.popThrough(p) : made(); // a stray `</p>` makes an empty paragraph
    }
    if (name === 'form' && open.nearest(['template']) < 0) {
      // `</form>` closes the form but leaves what is open inside it open (and inside it).
      formPending = false;
      const form = open.nearestWithin(['form'], 'default');
      if (form < 0) return;
      while (open.top && !open.top.foreign && IMPLIED_END.has(open.top.name)) open.pop();
      if (form === open.top!.index) open.pop();
      else open.disown(form);
    } else if (name === 'colgroup' || name === 'noscript' || name === 'frameset') {
      // These close only when they are the current element: a <noscript> before the body is in
      // the head, so what follows is not inside it; a <frameset> after text was dropped.
      if (open.top?.name === name && !open.top.foreign) open.pop();
    } else if (FORMATTING.has(name)) closeFormatting(name);
    else if (name === 'li') closeWithin(LIST_ITEMS, 'list');
    else if (HEADINGS.has(name)) closeWithin(HEADINGS, 'default');
    else if (TABLE_PARTS.has(name)) closeWithin([name], 'table');
    else if (CLOSED_IN_SCOPE.has(name)) closeWithin([name], 'default');
    else closeAny(name);
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (isLetter(next)) {
      const tag = readTag(html, lt + 1);
      if (!tag) break; // a tag cut off by the end of the file is dropped
      const follows = startTag(tag);
      if (follows === 'plaintext') break;
      at = follows === 'raw' ? rawTextEnd(html, tag.name, tag.end) : tag.end;
    } else if (next === '/') {
      if (isLetter(html[lt + 2])) {
        const tag = readTag(html, lt + 2);
        if (!tag) break;
        endTag(tag.name);
        at = tag.end;
      } else {
        at = afterNext(html, '>', lt + 2); // `</>` is dropped, `</3…>` is a comment
      }
    } else if (next === '!') {
      if (html.startsWith('<!--', lt)) at = commentEnd(html, lt + 4);
      else if (open.top?.foreign && html.startsWith('<![CDATA[', lt)) at = afterNext(html, ']]>', lt + 9);
      else at = afterNext(html, '>', lt + 2);
    } else if (next === '?') {
      at = afterNext(html, '>', lt + 2);
    } else {
      at = lt + 1;
    }
  }
  return deepest;
}
