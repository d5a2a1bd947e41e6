import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlNestingDepth, MAX_HTML_DEPTH, nestingRefusal } from '../../../electron/backend/import/htmlDepth.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';
import { libraryFixture } from './importFixtures.js';

const { DOMParser } = new JSDOM().window;

/** The deepest element under `<body>` (its children are 1) in what jsdom builds, `<template>` contents included. */
function parsedDepth(html: string): number {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let deepest = 0;
  const pending: [Node, number][] = [[doc.documentElement, -1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    const children = [...Array.from(node.childNodes), ...Array.from((node as HTMLTemplateElement).content?.childNodes ?? [])];
    for (const child of children) if (child.nodeType === 1) pending.push([child, depth + 1]);
  }
  return deepest;
}

const nested = (tag: string, depth: number, inner = 'text') => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

describe('HTML nesting depth', () => {
  it('counts the elements nested inside the body', () => {
    expect(htmlNestingDepth('<!doctype html><html><head><title>T</title></head><body><div><p>x</p></div></body></html>')).toBe(2);
    expect(htmlNestingDepth(nested('div', 10_000))).toBe(10_000);
  });

  it('counts what the parser builds, not what the tags look like', () => {
    const cases: [string, number][] = [
      // Void elements and `/>` on HTML elements do not nest; <div/> still opens a div.
      [`<div>${'<br><img src=x><input>'.repeat(50)}</div>`, 2],
      ['<div/><div/><div/>', 3],
      ['<svg><g/><g/><g/></svg>', 2],
      // Markup in comments, scripts, styles, text areas and attribute values is text.
      [`<!-- ${'<div>'.repeat(500)} --><p>x</p>`, 1],
      [`<script>document.write("${'<div>'.repeat(500)}")</script>`, 1],
      [`<textarea>${'<div>'.repeat(500)}</textarea>`, 1],
      [`<p title="${'<div>'.repeat(500)}">x</p>`, 1],
      // Paragraphs, list items and cells left open are closed by the next one.
      [`<ul>${'<li>item'.repeat(1000)}</ul>`, 2],
      [`${'<p>paragraph'.repeat(1000)}`, 1],
      [`<table>${'<tr><td>cell<td>cell'.repeat(500)}</table>`, 4],
      // A stray end tag inside a table cell does not close the div around the table.
      [`${'<div><table><tr><td></div>'.repeat(50)}`, 250],
      // Misnested end tags: the form closes but its div stays open; a <select> ignores the </p>.
      ['<form><div></form><div>x', 3],
      ['<p><select></p><option><template><div>x', 5],
      // Formatting elements a paragraph closed are reopened in the next one.
      [`${Array.from({ length: 300 }, (_, i) => `<p><b id=${i}>x</p>`).join('')}`, 301],
    ];
    for (const [html, depth] of cases) {
      expect(parsedDepth(html), html.slice(0, 60)).toBe(depth);
      expect(htmlNestingDepth(html), html.slice(0, 60)).toBe(depth);
    }
  });

  it('never counts less than jsdom builds, whatever the tag soup', () => {
    const names = [
      'div', 'p', 'span', 'b', 'i', 'a', 'font', 'li', 'ul', 'dd', 'dt', 'table', 'tr', 'td', 'th', 'tbody', 'caption',
      'colgroup', 'col', 'select', 'option', 'optgroup', 'svg', 'math', 'foreignObject', 'desc', 'title', 'mi', 'annotation-xml',
      'style', 'script', 'textarea', 'xmp', 'noscript', 'template', 'form', 'button', 'h1', 'h2', 'nobr', 'br', 'hr', 'img',
      'object', 'plaintext', 'body', 'html', 'head', 'pre', 'ruby', 'rt', 'g', 'mglyph', 'frameset',
    ];
    const attributes = ['', ' id=1', ' color=red', ' encoding="text/html"', ' title=">"'];
    const markup = ['x', '<!-->', '<!--', '-->', '<![CDATA[', ']]>', '</ >', '<!doctype html>', '<?x>', '</3>'];
    // A few tag names a run, so that they meet often enough to misnest in every way.
    const tagSoup = fc.shuffledSubarray(names, { minLength: 2, maxLength: 4 }).chain((some) =>
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...some), fc.constantFrom(...attributes), fc.boolean()).map(([n, a, self]) => `<${n}${a}${self ? '/' : ''}>`) },
          { weight: 4, arbitrary: fc.constantFrom(...some).map((name) => `</${name}>`) },
          { weight: 1, arbitrary: fc.constantFrom(...markup) },
        ),
        { maxLength: 40 },
      ),
    );
    fc.assert(
      fc.property(tagSoup, (tokens) => {
        const html = tokens.join('');
        expect(htmlNestingDepth(html)).toBeGreaterThanOrEqual(parsedDepth(html));
      }),
      { numRuns: 2500 },
    );
  });

  it('counts real pages exactly, far below the limit', () => {
    const article = readFixture(JCC_ARTICLE);
    const articlePage = `<!doctype html><html><body><main><article>${article
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</article></main></body></html>`;
    const pages = [articlePage, ...['news-page.html', 'hostile-page.html', 'no-article.html'].map((name) => new TextDecoder().decode(libraryFixture(name)))];
    for (const page of pages) {
      expect(htmlNestingDepth(page)).toBe(parsedDepth(page));
      expect(htmlNestingDepth(page)).toBeLessThan(MAX_HTML_DEPTH / 10);
    }
  });

  it('refuses past the limit, naming the depth and the limit', () => {
    expect(nestingRefusal(nested('div', MAX_HTML_DEPTH))).toBeNull();
    expect(nestingRefusal(nested('div', MAX_HTML_DEPTH + 1))).toBe(
      `is nested ${MAX_HTML_DEPTH + 1} elements deep; Parallax reads pages nested at most ${MAX_HTML_DEPTH} deep`,
    );
    expect(nestingRefusal(nested('span', 10_000))).toBe('is nested 10,000 elements deep; Parallax reads pages nested at most 256 deep');
  });
});
