import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../electron/backend/export/htmlWriter.js';
import type { FontFile } from '../../../electron/backend/export/fonts.js';
import { CAVEAT, QUOTES, sampleDocument } from './sampleDocument.js';

/** A stand-in font source that records what was embedded. */
function fakeFonts() {
  const used: FontFile[] = [];
  return { used, source: (file: FontFile) => (used.push(file), Buffer.from(`font:${file}`).toString('base64')) };
}

const parse = (html: string) => new JSDOM(html).window.document;
const SOURCE_LINKS = ['https://www.dawn.com/news/talks', 'https://jang.com.pk/news/1', 'https://www.dawn.com/news/security'];

describe('writeHtml', () => {
  it('is one self-contained file: no script, no @import, no remote resource, only source and note links', () => {
    const html = writeHtml(sampleDocument(), fakeFonts().source);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
    expect(html).not.toContain('javascript:');
    const hrefs = [...parse(html).querySelectorAll('[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^https?:/i.test(h));
    expect(new Set(hrefs)).toEqual(new Set([...SOURCE_LINKS, 'https://example.org/report']));
  });

  it('writes each quotation with its attribution and source number, RTL ones with dir and lang', () => {
    const doc = parse(writeHtml(sampleDocument(), fakeFonts().source));
    const quotes = [...doc.querySelectorAll('main > figure.quote')];
    expect(quotes.map((q) => q.querySelector('blockquote')!.textContent)).toEqual([QUOTES.dar, QUOTES.urdu, QUOTES.azizi, QUOTES.pashto]);
    expect(quotes.map((q) => [q.querySelector('blockquote')!.getAttribute('dir'), q.querySelector('blockquote')!.getAttribute('lang')])).toEqual([
      ['ltr', 'en'],
      ['rtl', 'ur'],
      ['ltr', 'en'],
      ['rtl', 'ps'],
    ]);
    expect(quotes[0]!.querySelector('.credit')!.textContent).toBe(
      '— Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn, https://www.dawn.com/news/talks [1]',
    );
    expect(quotes[0]!.querySelector('.marker')!.getAttribute('href')).toBe('#source-1');
  });

  it('flags changed and deleted citations visibly', () => {
    const doc = parse(writeHtml(sampleDocument(), fakeFonts().source));
    const quotes = [...doc.querySelectorAll('main > figure.quote')];
    expect(quotes.map((q) => q.querySelector('.flag')?.textContent ?? null)).toEqual([null, 'Changed since cited', 'Deleted since cited', null]);
    expect(quotes[2]!.classList.contains('deleted')).toBe(true);
  });

  it('lays a comparison out as a two-column table: side names, summaries, statements', () => {
    const table = parse(writeHtml(sampleDocument(), fakeFonts().source)).querySelector('.comparison table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Pakistan', 'Afghanistan']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.querySelector('blockquote')?.textContent ?? td.textContent));
    expect(rows).toEqual([
      ['Wants the crossing open, with security guarantees.', 'Wants trade without conditions.'],
      [QUOTES.sadiq, QUOTES.muttaqi],
      [QUOTES.dar, ''],
    ]);
  });

  it('ends with the numbered sources, each an anchor for its markers', () => {
    const items = [...parse(writeHtml(sampleDocument(), fakeFonts().source)).querySelectorAll('.sources li')];
    expect(items.map((li) => [li.id, li.getAttribute('value')])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [`source-${n}`, String(n)]));
    expect(items[0]!.textContent).toBe('Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025. “Talks in Kabul”. Dawn. https://www.dawn.com/news/talks');
  });

  it('prints the caveat in the top and bottom page margins, and shows it on screen', () => {
    const html = writeHtml(sampleDocument(), fakeFonts().source);
    expect(html).toMatch(/@page \{[^]*@top-center \{ content: "OFFICIAL – SENSITIVE";[^]*@bottom-center \{ content: "OFFICIAL – SENSITIVE";/);
    expect([...parse(html).querySelectorAll('.caveat')].map((c) => c.textContent)).toEqual([CAVEAT, CAVEAT]);
  });

  it('cannot be broken out of by a caveat or title with markup', () => {
    const html = writeHtml(sampleDocument({ caveat: '"; } </style><script>x()</script>', title: '<img src=x onerror=y()>' }), fakeFonts().source);
    expect(html).not.toMatch(/<script|<img/i);
    expect(parse(html).querySelectorAll('style')).toHaveLength(1);
    expect(parse(html).querySelector('h1')!.textContent).toBe('<img src=x onerror=y()>');
  });

  it('embeds the Arabic-script fonts only when needed, Nastaliq only for Urdu', () => {
    const all = fakeFonts();
    expect(writeHtml(sampleDocument(), all.source)).toContain(`base64,${Buffer.from('font:NotoNastaliqUrdu-Regular.ttf').toString('base64')}`);
    expect(all.used.sort()).toEqual(['NotoNaskhArabic-Bold.ttf', 'NotoNaskhArabic-Regular.ttf', 'NotoNastaliqUrdu-Regular.ttf']);

    const english = sampleDocument();
    english.blocks = english.blocks.filter((b) => !((b.type === 'paragraph' && b.direction === 'rtl') || (b.type === 'quote' && b.quote.direction === 'rtl')));
    english.sources = english.sources.filter((s) => !/[\u0600-\u06FF]/.test(s.article_title));
    const none = fakeFonts();
    expect(writeHtml(english, none.source)).not.toContain('@font-face');
    expect(none.used).toEqual([]);
  });

  it('reads the shipped fonts from resources/fonts by default', () => {
    expect(writeHtml(sampleDocument())).toMatch(/@font-face\{font-family:'Noto Nastaliq Urdu';src:url\(data:font\/ttf;base64,AAEAAA/);
  });
});
