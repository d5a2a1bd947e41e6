import { describe, expect, it } from 'vitest';
import { writeHtml } from '../../../electron/backend/export/htmlWriter.js';
import { chromiumCandidates, chromiumPrinter, findChromium, systemPdfPrinter } from '../../../electron/backend/export/pdf.js';
import { pdfPages, squash } from './readBack.js';
import { CAVEAT, longDocument, QUOTES, sampleDocument } from './sampleDocument.js';

const pages = (texts: string[]) => texts.join('\n');

// /usr/bin/chromium is installed here and in CI (see README: the end-to-end tests use it too).
const CHROMIUM = '/usr/bin/chromium';

describe('findChromium', () => {
  it('looks only at PARALLAX_CHROMIUM when it is set', () => {
    expect(chromiumCandidates({ PARALLAX_CHROMIUM: '/opt/c/chrome', PATH: '/usr/bin' }, 'linux')).toEqual(['/opt/c/chrome']);
    expect(findChromium({ PARALLAX_CHROMIUM: '/no/such/chromium' }, 'linux')).toBeUndefined();
  });

  it('tries the usual Linux paths, then PATH, and the usual macOS and Windows installs', () => {
    const linux = chromiumCandidates({ PATH: '/home/a/bin' }, 'linux');
    expect(linux.slice(0, 2)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(linux).toContain('/usr/bin/google-chrome-stable');
    expect(linux).toContain('/home/a/bin/google-chrome');
    expect(findChromium({ PATH: '' }, 'linux', (path) => path === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(chromiumCandidates({}, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32')[0]).toMatch(/Google.Chrome.Application.chrome\.exe$/);
  });
});

describe('systemPdfPrinter', () => {
  it('says clearly that no Chromium was found, and where it looked', async () => {
    await expect(systemPdfPrinter({ PARALLAX_CHROMIUM: '/no/such/chromium' })('<p>x</p>')).rejects.toMatchObject({
      code: 'unsupported_format',
      message: 'PDF export needs Chromium: none was found (looked in /no/such/chromium). Install chromium or set PARALLAX_CHROMIUM.',
    });
  });
});

describe('the print HTML in headless Chromium', () => {
  it('prints every cited quotation, attribution and source', async () => {
    const pages = await pdfPages(await chromiumPrinter(CHROMIUM)(writeHtml(sampleDocument())));
    const text = squash(pages.join(' '));
    for (const quote of [QUOTES.dar, QUOTES.sadiq, QUOTES.muttaqi, QUOTES.azizi]) expect(text).toContain(quote);
    expect(text).toContain('Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn');
    expect(text).toContain('Changed since cited'.toUpperCase());
    expect(text).toContain('Sources');
    expect(text).toContain('Nooruddin Azizi (Afghanistan), 14 April 2025. “Traders”. Pajhwok.');
  }, 60_000);

  it('prints the Urdu and Pashto quotations in the embedded Noto fonts', async () => {
    const bytes = await chromiumPrinter(CHROMIUM)(writeHtml(sampleDocument()));
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNastaliqUrdu-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic-Regular/);
    // pdfjs reads Naskh back as presentation forms, in pieces in visual order: normalised, each
    // Pashto word is there as a word with the same letters. (Nastaliq's ligatures carry no text
    // mapping in Chromium's PDF, so Urdu cannot be read back; the font check above covers it.)
    const letters = (word: string) => [...word.normalize('NFKC')].sort().join('');
    const printed = new Set(pages(await pdfPages(bytes)).split(/\s+/).map(letters));
    for (const word of QUOTES.pashto.split(' ')) expect(printed).toContain(letters(word));
  }, 60_000);

  it('prints the caveat at the top and the bottom of every page of a long note', async () => {
    const pages = await pdfPages(await chromiumPrinter(CHROMIUM)(writeHtml(longDocument())));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page.split(CAVEAT).length - 1).toBe(2);
    expect(pages.map((page) => /(\d+) \/ (\d+)/.exec(page)?.slice(1))).toEqual(pages.map((_, i) => [String(i + 1), String(pages.length)]));
  }, 60_000);
});
