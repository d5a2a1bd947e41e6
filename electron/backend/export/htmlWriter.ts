import type { Block, BriefingDocument, Inline, Source } from '../../../shared/briefing/document.js';
import {
  attribution,
  byline,
  citedQuotes,
  comparisonRows,
  flagLabel,
  hasArabicScript,
  isWebUrl,
  marker,
  sourceText,
  type ComparisonBlock,
  type ComparisonCell,
  type QuoteBlock,
} from './documentText.js';
import { shippedFont, type FontFile, type FontSource } from './fonts.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A language tag as an attribute value: BCP-47 letters, digits and hyphens only. */
const langTag = (language: string) => (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : 'und');

const link = (url: string, content: string) => `<a href="${escapeHtml(url)}">${content}</a>`;
const markerLink = (source: number) => `<a class="marker" href="#source-${source}">${marker(source)}</a>`;

function inline(runs: Inline[]): string {
  return runs
    .map((run) => {
      if (run.source !== undefined) return markerLink(run.source);
      let html = escapeHtml(run.text);
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      return isWebUrl(run.href) ? link(run.href, html) : html;
    })
    .join('');
}

function flag(status: QuoteBlock['status']): string {
  const label = flagLabel(status);
  return label ? ` <strong class="flag">${label}</strong>` : '';
}

/** The quotation itself: `dir` and `lang` from the cited article, so Urdu, Pashto and Dari read right to left. */
function quotation(q: QuoteBlock['quote']): string {
  const paragraphs = q.quote.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return `<blockquote dir="${q.direction}" lang="${langTag(q.language)}">${paragraphs}</blockquote>`;
}

function credit(q: QuoteBlock['quote'], source: number, status: QuoteBlock['status']): string {
  const url = isWebUrl(q.url) ? `, ${link(q.url, escapeHtml(q.url))}` : '';
  return `<p class="credit">— <bdi>${escapeHtml(attribution(q))}</bdi>${url} ${markerLink(source)}${flag(status)}</p>`;
}

function quote(block: QuoteBlock): string {
  const flagged = block.status === 'current' ? '' : ` ${block.status}`;
  return `<figure class="quote${flagged}">${quotation(block.quote)}${credit(block.quote, block.source, block.status)}</figure>`;
}

function comparisonCell(entry: ComparisonCell | null): string {
  return entry ? `<td>${quotation(entry.statement)}${credit(entry.statement, entry.source, 'current')}</td>` : '<td></td>';
}

function comparison(block: ComparisonBlock): string {
  const { comparison: c } = block;
  const head = c.sides.map((side) => `<th scope="col">${escapeHtml(side.name)}</th>`).join('');
  const summaries = c.sides.some((side) => side.summary)
    ? `<tr class="summary">${c.sides.map((side) => `<td>${escapeHtml(side.summary)}</td>`).join('')}</tr>`
    : '';
  const rows = comparisonRows(block).map((cells) => `<tr>${cells.map(comparisonCell).join('')}</tr>`).join('');
  const names = c.sides.map((side) => side.name).join(' and ');
  return (
    `<section class="comparison"><p class="comparison-title"><strong>${escapeHtml(`${c.topic}: ${names} compared`)}</strong>${flag(block.status)}</p>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${summaries}${rows}</tbody></table></section>`
  );
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      // The title is the document's only h1; the note's own headings sit one level below it.
      return `<h${b.level + 1}>${inline(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p dir="${b.direction}">${inline(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li dir="auto">${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return quote(b);
    case 'comparison':
      return comparison(b);
  }
}

function source(s: Source): string {
  const url = isWebUrl(s.url) ? ` ${link(s.url, escapeHtml(s.url))}` : '';
  return `<li id="source-${s.number}" value="${s.number}"><bdi>${escapeHtml(sourceText(s))}</bdi>${url}</li>`;
}

function fontFace(family: string, file: FontFile, weight: number, fonts: FontSource): string {
  return `@font-face{font-family:'${family}';src:url(data:font/ttf;base64,${fonts(file)}) format('truetype');font-weight:${weight};unicode-range:U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F;}`;
}

/**
 * The shipped Noto fonts, only when the document has Arabic-script text, and Nastaliq only for an
 * Urdu quotation: they add 0.5–1.2 MB, and the desktop shell prints the page from a data: URL.
 */
function embeddedFonts(document: BriefingDocument, fonts: FontSource): string {
  if (!hasArabicScript(document)) return '';
  const faces = [
    fontFace('Noto Naskh Arabic', 'NotoNaskhArabic-Regular.ttf', 400, fonts),
    fontFace('Noto Naskh Arabic', 'NotoNaskhArabic-Bold.ttf', 700, fonts),
  ];
  if (citedQuotes(document).some((quote) => quote.language.toLowerCase().startsWith('ur'))) {
    faces.push(fontFace('Noto Nastaliq Urdu', 'NotoNastaliqUrdu-Regular.ttf', 400, fonts));
  }
  return faces.join('\n');
}

const CAVEAT_FONT = 'font: bold 9pt Arial, Helvetica, sans-serif; letter-spacing: 0.05em; text-transform: uppercase;';

/** A CSS string literal; `<` is escaped too, so the text can never close the <style> element. */
const cssString = (text: string) => `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/*
 * The caveat on every printed page: @page margin boxes (Chromium 131+; Electron 45 has 140).
 * A `position: fixed` bar also repeats on each page, but Chromium keeps it inside the page area,
 * over the text, and moves a bar with a negative offset onto the neighbouring page instead of
 * into the margin; the margin boxes print in the margin. On screen the caveat is a banner.
 */
function pageStyle(caveat: string): string {
  const boxes = caveat
    ? `@top-center { content: ${cssString(caveat)}; ${CAVEAT_FONT} } @bottom-center { content: ${cssString(caveat)}; ${CAVEAT_FONT} }`
    : '';
  return `@page { size: A4; margin: 24mm 18mm 22mm; ${boxes} @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Arial, Helvetica, sans-serif; color: #555; } }`;
}

const STYLE = `
html { font-family: Georgia, 'Times New Roman', 'Noto Naskh Arabic', serif; font-size: 11pt; line-height: 1.45; color: #111; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
[dir="rtl"], [lang="ps"], [lang="fa"], [lang="prs"], [lang="ar"] { font-family: 'Noto Naskh Arabic', serif; line-height: 1.9; }
[lang="ur"] { font-family: 'Noto Nastaliq Urdu', 'Noto Naskh Arabic', serif; line-height: 2.3; }
h1 { font-size: 20pt; margin: 0 0 0.2em; }
h2 { font-size: 15pt; margin: 1.2em 0 0.4em; break-after: avoid; }
h3 { font-size: 13pt; margin: 1em 0 0.3em; break-after: avoid; }
h4 { font-size: 11.5pt; margin: 1em 0 0.3em; break-after: avoid; }
.byline { color: #444; margin: 0 0 1.5em; }
.caveat { ${CAVEAT_FONT} text-align: center; border: 1px solid #999; padding: 0.3em; margin: 0 0 1.5em; }
.caveat-bottom { margin: 2em 0 0; }
figure.quote { margin: 1em 0 1em 1.5em; break-inside: avoid; }
blockquote { margin: 0; font-style: italic; }
blockquote p { margin: 0 0 0.3em; }
blockquote[dir="rtl"] { font-style: normal; }
.credit { margin: 0.2em 0 0; font-size: 9.5pt; color: #333; }
.flag { color: #a30000; font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; text-transform: uppercase; border: 1px solid #a30000; padding: 0 0.3em; }
/* A deleted statement is struck through, as in the DOCX; a changed one only carries its flag. */
.deleted blockquote { text-decoration: line-through 1px #a30000; }
.comparison { margin: 1.2em 0; }
.comparison-title { margin: 0 0 0.4em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { width: 50%; vertical-align: top; border: 1px solid #999; padding: 0.4em 0.5em; text-align: start; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #eee; }
.summary td { font-weight: bold; background: #f6f6f6; }
.marker { text-decoration: none; }
a { color: #0a4f8a; overflow-wrap: anywhere; }
.sources ol { padding-inline-start: 2em; font-size: 9.5pt; }
@media print {
  body { max-width: none; padding: 0; }
  .caveat { display: none; }
}
`;

/**
 * The note as one self-contained HTML file, and the page Chromium prints to PDF: inline CSS, the
 * fonts embedded when needed, no scripts and no remote resources (the only web addresses are the
 * sources' own links).
 */
export function writeHtml(document: BriefingDocument, fonts: FontSource = shippedFont): string {
  const caveat = escapeHtml(document.caveat);
  const meta = byline(document);
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${embeddedFonts(document, fonts)}\n${pageStyle(document.caveat)}${STYLE}</style>`,
    '</head>',
    '<body>',
    caveat ? `<div class="caveat caveat-top" role="note">${caveat}</div>` : '',
    '<header>',
    `<h1>${escapeHtml(document.title)}</h1>`,
    meta ? `<p class="byline">${escapeHtml(meta)}</p>` : '',
    '</header>',
    '<main>',
    ...document.blocks.map(block),
    '</main>',
    document.sources.length ? `<section class="sources"><h2>Sources</h2><ol>${document.sources.map(source).join('')}</ol></section>` : '',
    caveat ? `<div class="caveat caveat-bottom" role="note">${caveat}</div>` : '',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
