import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * What each export format may hold once hostile text has gone through it. Every check returns
 * the problems it found (empty when the output is inert), so a failure names each one.
 */

const WEB_URL = /^https?:\/\/\S+$/i;

// One window for every parse: making a JSDOM costs far more than parsing with its DOMParser.
const parser = new new JSDOM('').window.DOMParser();
const parseHtml = (html: string) => parser.parseFromString(html, 'text/html');

/** The Content-Security-Policy the exported HTML declares (htmlWriter.ts): no script, nothing remote. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** The elements and attributes htmlWriter writes; anything else came from the input. */
const HTML_ELEMENTS = new Set(
  'html head meta title style body div header main section h1 h2 h3 h4 h5 p figure blockquote strong em a bdi ol ul li table thead tbody tr th td'.split(' '),
);
const HTML_ATTRIBUTES = new Set('lang dir charset http-equiv content name class role id value scope href'.split(' '));

/** CSS with its string literals blanked: text inside quotes (a caveat in `content:`) is inert. */
const outsideStrings = (css: string) => css.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');

function linkProblems(a: Element): string[] {
  const href = a.getAttribute('href') ?? '';
  const others = [...a.attributes].map((attr) => attr.name).filter((name) => name !== 'href');
  // A source marker jumps to its entry in the list; a web link is a plain <a href> and nothing more.
  if (/^#source-\d+$/.test(href)) return others.every((name) => name === 'class') ? [] : [`marker link with ${others.join(', ')}`];
  if (!WEB_URL.test(href)) return [`link to ${JSON.stringify(href.slice(0, 80))}`];
  return others.length ? [`web link with ${others.join(', ')}`] : [];
}

/** An exported HTML file (or the print HTML): only the writer's own markup, no script, no handler, nothing remote. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const raw = /<\s*(script|iframe|frame|object|embed|img|image|svg|math|base|link|form|input|button|video|audio|source|track|template|noscript)\b/i.exec(html);
  if (raw) problems.push(`raw <${raw[1]}> in the source`);
  const document = parseHtml(html);
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    if (!HTML_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of el.attributes) if (!HTML_ATTRIBUTES.has(attr.name)) problems.push(`attribute ${tag}[${attr.name}]`);
    if (tag === 'a') problems.push(...linkProblems(el));
  }
  const metas = [...document.querySelectorAll('meta')].map((m) => m.outerHTML);
  const expectedMetas = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
  ];
  if (JSON.stringify(metas) !== JSON.stringify(expectedMetas)) problems.push(`meta elements ${metas.join(' ')}`);
  const styles = [...document.querySelectorAll('style')];
  if (styles.length !== 1 || styles[0]!.parentElement?.localName !== 'head') problems.push(`${styles.length} style elements`);
  for (const style of styles) {
    const css = outsideStrings(style.textContent ?? '');
    if (/@import/i.test(css)) problems.push('@import in the style');
    const remote = css.match(/url\(\s*(?!data:font\/ttf;base64,)[^)]{0,60}/gi);
    if (remote) problems.push(...remote.map((u) => `style ${u}`));
    if (/expression\s*\(|behaviou?r\s*:|-moz-binding/i.test(css)) problems.push('scripted CSS');
  }
  return problems;
}

/** The text a reader of the HTML sees, without white space (paragraph breaks differ between formats). */
export function htmlText(html: string): string {
  return squeeze(parseHtml(html).body.textContent ?? '');
}

/** Text with all white space, and the control characters XML and HTML drop or replace, taken out. */
// eslint-disable-next-line no-control-regex -- control characters are what is taken out
export const squeeze = (text: string) => text.replace(/[\s\u0000-\u001F\u007F\uFFFD]+/g, '');

/** A renderer that trusts its input: raw HTML on, every link accepted, so the Markdown alone must be safe. */
const naiveMarkdown = new MarkdownIt({ html: true });
naiveMarkdown.validateLink = () => true;

function tokenProblems(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token): string[] => {
    const own: string[] = [];
    if (token.type === 'html_inline' || token.type === 'html_block') own.push(`raw HTML ${JSON.stringify(token.content.slice(0, 60))}`);
    if (token.type === 'image') own.push(`image ${JSON.stringify(token.attrGet('src'))}`);
    if (token.type === 'link_open' && !WEB_URL.test(token.attrGet('href') ?? '')) own.push(`link to ${JSON.stringify(token.attrGet('href'))}`);
    return [...own, ...tokenProblems(token.children ?? [])];
  });
}

/** Markdown that, rendered with raw HTML allowed, yields no HTML of its own, no image and no link but to the web. */
export function markdownProblems(markdown: string): string[] {
  return tokenProblems(naiveMarkdown.parse(markdown, {}));
}

/** The text a reader of the rendered Markdown sees, without white space. */
export function markdownText(markdown: string): string {
  return squeeze(parseHtml(naiveMarkdown.render(markdown)).body.textContent ?? '');
}

function xmlDocument(xml: string): Document {
  return parser.parseFromString(xml, 'application/xml');
}

/** XML that parses, with no document type (entities) and no processing instruction but the declaration. */
export function xmlProblems(name: string, xml: string): string[] {
  const problems: string[] = [];
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) problems.push(`${name}: document type or entity`);
  if (/<\?(?!xml )/.test(xml)) problems.push(`${name}: processing instruction`);
  const doc = xmlDocument(xml);
  if (doc.getElementsByTagName('parsererror').length) problems.push(`${name}: not well-formed XML`);
  return problems;
}

/** Parses XML the checks already passed. */
export const parseXml = xmlDocument;

/** Field codes a document may run: page numbers; anything else (INCLUDEPICTURE, DDE, HYPERLINK…) is not ours. */
const SAFE_FIELD = /^\s*(PAGE|NUMPAGES)\b/;

/**
 * Parts already checked, by name and content: a sweep exports hundreds of documents whose styles,
 * numbering and settings never change, and a part's problems were reported the first time.
 */
const checkedParts = new Set<string>();

/** A DOCX: well-formed parts, no external relationship but hyperlinks to the web, no macros, embedded objects or active fields. */
export async function docxProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (/vbaProject|\.bin$|activeX|embeddings\//i.test(name)) problems.push(`part ${name}`);
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    if (checkedParts.has(`${name}\n${xml}`)) continue;
    checkedParts.add(`${name}\n${xml}`);
    problems.push(...xmlProblems(name, xml));
    const doc = parseXml(xml);
    if (name.endsWith('.rels')) {
      for (const rel of doc.getElementsByTagName('Relationship')) {
        if (rel.getAttribute('TargetMode') !== 'External') continue;
        const type = rel.getAttribute('Type') ?? '';
        const target = rel.getAttribute('Target') ?? '';
        if (!type.endsWith('/hyperlink') || !WEB_URL.test(target)) problems.push(`${name}: external ${type.split('/').pop()} to ${JSON.stringify(target.slice(0, 80))}`);
      }
    }
    for (const tag of ['w:altChunk', 'w:object', 'o:OLEObject', 'w:attachedTemplate', 'w:subDoc', 'v:imagedata', 'a:blip']) {
      if (doc.getElementsByTagName(tag).length) problems.push(`${name}: ${tag}`);
    }
    for (const field of [...doc.getElementsByTagName('w:instrText'), ...doc.getElementsByTagName('w:fldSimple')]) {
      const code = field.getAttribute('w:instr') ?? field.textContent ?? '';
      if (!SAFE_FIELD.test(code)) problems.push(`${name}: field ${JSON.stringify(code.slice(0, 60))}`);
    }
  }
  return problems;
}

/** RFC 4180 CSV (after the byte order mark) as rows of cells: quoted fields, "" for a quote, CRLF between rows. */
export function parseCsv(text: string): string[][] {
  const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n$/, '');
  const rows: string[][] = [[]];
  let at = 0;
  for (;;) {
    field.lastIndex = at;
    const match = field.exec(body)!;
    rows[rows.length - 1]!.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    at = field.lastIndex;
    if (at >= body.length) return rows;
    if (body.startsWith('\r\n', at)) {
      rows.push([]);
      at += 2;
    } else if (body[at] === ',') at += 1;
    else throw new Error(`CSV: unexpected ${JSON.stringify(body[at])} at ${at}`);
  }
}

/** Cells a spreadsheet would run as a formula (or DDE): starting = + - @, a tab or a carriage return. */
export function csvProblems(rows: readonly string[][]): string[] {
  return rows.flatMap((row, r) => row.flatMap((cell, c) => (/^[=+\-@\t\r]/.test(cell) ? [`row ${r + 1} column ${c + 1}: ${JSON.stringify(cell.slice(0, 40))}`] : [])));
}

/** What a neutralised cell reads as: the apostrophe a spreadsheet hides, taken off again. */
export const csvValue = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** PDF actions that run, open or fetch something; a printed note has none. */
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR|GoToE|RichMedia|EmbeddedFile|OpenAction|AA)\b/g;

/** A printed PDF: no active content, no annotation but links, and every link internal or to the web. */
export async function pdfProblems(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const problems = [...new Set(Buffer.from(bytes).toString('latin1').match(PDF_ACTIVE) ?? [])].map((name) => `PDF name ${name}`);
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  if (await pdf.getJSActions()) problems.push('document JavaScript actions');
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const annotation of (await (await pdf.getPage(n)).getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string; dest?: unknown }[]) {
      if (annotation.subtype !== 'Link') problems.push(`page ${n}: ${annotation.subtype} annotation`);
      const target = annotation.unsafeUrl ?? annotation.url;
      if (target !== undefined && !WEB_URL.test(target)) problems.push(`page ${n}: link to ${JSON.stringify(target.slice(0, 80))}`);
      if (target === undefined && annotation.dest === undefined) problems.push(`page ${n}: link with neither address nor destination`);
    }
  }
  await pdf.destroy();
  return problems;
}
