import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticles, type ExtractedArticle } from '../../../electron/backend/import/extract.js';
import { readFixture } from '../../helpers/fixtures.js';
import { libraryFixture, utf8 } from './importFixtures.js';

const OWASP = readFixture('security/xss_payloads.txt').split('\n').filter((line) => line.trim() !== '');
const DOMPURIFY = (JSON.parse(readFixture('security/dompurify-vectors.json')) as { title: string; payload: string }[]).map((v) => v.payload);

const LEAD = 'ISLAMABAD: Officials from Pakistan and Afghanistan met on Thursday to discuss the reopening of the Torkham crossing.';
// Article-length text (over Readability's 500 characters), as real pages have, so Readability
// settles on its first pass.
const MIDDLE = [
  'Pakistan’s special envoy for Afghanistan met the Afghan foreign minister in Kabul under the framework of the Joint Coordination Committee, and the two sides discussed strained bilateral relations and the return of refugees.',
  'The foreign minister expressed concern over the expulsions and called for constructive diplomacy, saying that both countries should resolve their issues through dialogue in an atmosphere of mutual trust.',
];
const CLOSE = 'Both sides agreed to meet again next month in Kabul to review progress on trade and refugees.';
/** The page's own text around the payload, which the fields may of course contain. */
const PAGE_TEXT = ['Border talks', LEAD, ...MIDDLE, 'The statement read:', 'and ended there.', CLOSE].join(' ');
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The payload everywhere a page can carry it: head text, meta tags, links, and the article. */
function pageEmbedding(payload: string): Uint8Array {
  const value = attribute(payload);
  return utf8(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Border talks ${payload}</title>
<meta property="og:title" content="${value}"><meta name="author" content="${value}">
<meta property="og:site_name" content="${value}"><meta property="article:published_time" content="${value}">
<meta property="og:url" content="${value}"><link rel="canonical" href="${value}"></head>
<body><article><h1>Border talks</h1><p>${LEAD}</p>${MIDDLE.map((text) => `<p>${text}</p>`).join('')}<p>The statement read: ${payload} and ended there.</p><p>${CLOSE}</p></article></body></html>`);
}

// An independent parser for the oracle below (jsdom's default: no scripts, no resources).
const oracle = new JSDOM('').window;
const parse = (html: string) => new oracle.DOMParser().parseFromString(html, 'text/html');

/**
 * What an independent parse of the payload shows as text (scripts and styles aside), and its
 * attribute values: the extracted fields may repeat the first, never the second.
 */
function payloadParts(payload: string): { shown: string; attributes: string[] } {
  const document = parse(`<!doctype html><body>${payload}`);
  const attributes = Array.from(document.querySelectorAll('*')).flatMap((element) =>
    Array.from(element.attributes).map((a) => a.value.trim()),
  );
  for (const hidden of Array.from(document.querySelectorAll('script, style, template'))) hidden.remove();
  const shown = `${document.head.textContent} ${document.body.textContent} ${PAGE_TEXT}`;
  return { shown, attributes: attributes.filter((value) => value.length >= 6) };
}

const TAG_LIKE = /<\/?[a-z!?][^<>]*>?|\bon[a-z]+\s*=|javascript:|data:[a-z]/gi;

function expectNoMarkup(article: ExtractedArticle, payload: string): void {
  const { shown, attributes } = payloadParts(payload);
  if (article.url !== undefined) expect(article.url).toMatch(/^https?:\/\//);
  for (const [field, value] of Object.entries(article)) {
    for (const match of String(value).match(TAG_LIKE) ?? []) {
      expect(shown, `${field} has "${match}" that the page does not show as text`).toContain(match);
    }
    for (const attributeValue of attributes) {
      if (!shown.includes(attributeValue)) expect(String(value), `${field} copies an attribute`).not.toContain(attributeValue);
    }
  }
}

describe('HTML import of hostile pages', () => {
  it.each([...OWASP.map((p, i) => [`OWASP ${i + 1}`, p]), ...DOMPURIFY.map((p, i) => [`DOMPurify ${i + 1}`, p])])(
    'keeps no markup from %s',
    async (_name, payload) => {
      const page = pageEmbedding(payload!);
      const [article] = await extractArticles(page, 'hostile.html');
      expect(article!.body).toContain(LEAD);
      // Some payloads open an element (a button, a comment, a frame) that swallows the rest of
      // the page; where the last paragraph is still the article's own, it is kept too.
      const intact = Array.from(parse(new TextDecoder().decode(page)).querySelectorAll('article > p')).some((p) => p.textContent === CLOSE);
      if (intact) expect(article!.body).toContain(CLOSE);
      expectNoMarkup(article!, payload!);
    },
  );

  it('keeps the text of the hostile page fixture and nothing of its code', async () => {
    const [article] = await extractArticles(libraryFixture('hostile-page.html'), 'hostile.html');
    expect(article).toEqual({
      title: 'Border talks resume',
      author: 'Tahir Khan',
      outlet: 'Frontier Post',
      language: 'en',
      direction: 'ltr',
      body: [
        'ISLAMABAD: Officials from both countries met on Thursday to discuss the reopening of the Torkham crossing, which has been closed for weeks.',
        'The talks covered trade, refugees and security along the border, officials said after the meeting in the capital.',
        'A spokesman wrote that <script> tags in comments are not allowed, quoting the site rules as plain text.',
        'Both sides agreed to meet again next month in Kabul to review progress on the crossing and on trade.',
      ].join('\n\n'),
    });
  });
});

describe('HTML import makes no network requests', () => {
  let server: Server;
  const requests: string[] = [];
  let origin = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches none of the resources a page references', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Talks</title>
<base href="${origin}/base/"><link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/preload" as="fetch">
<link rel="icon" href="${origin}/icon"><script src="${origin}/script.js"></script><style>@import '${origin}/import.css';</style>
<meta http-equiv="refresh" content="0;url=${origin}/refresh"></head>
<body background="${origin}/background"><article><p>${LEAD}</p><img src="${origin}/img.png" srcset="${origin}/img2.png 2x">
<iframe src="${origin}/frame"></iframe><object data="${origin}/object"></object><video poster="${origin}/poster" src="${origin}/video"></video>
<p style="background:url(${origin}/inline.png)">${CLOSE}</p><img src="relative.png"></article></body></html>`;
    const [article] = await extractArticles(utf8(html), 'page.html');
    expect(article!.body).toBe(`${LEAD}\n\n${CLOSE}`);
    // Give any stray asynchronous load the chance to arrive before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
  });

  it('counts a request when one is made (the server is reachable)', async () => {
    await fetch(`${origin}/probe`);
    expect(requests).toEqual(['/probe']);
  });
});
