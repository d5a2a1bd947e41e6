import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../electron/backend/export/docxWriter.js';
import { docxHtml, docxParts } from './readBack.js';
import { CAVEAT, QUOTES, sampleDocument } from './sampleDocument.js';

/** The paragraphs of document.xml (w:p elements, tables' included) that contain `text`. */
function paragraphsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:p[ >][^]*?<\/w:p>/g) ?? []).filter((p) => p.includes(text));
}

describe('writeDocx', async () => {
  const bytes = await writeDocx(sampleDocument());
  const { html, warnings } = await docxHtml(bytes);
  const doc = new JSDOM(html).window.document;
  const parts = await docxParts(bytes);
  const documentXml = parts.get('word/document.xml')!;

  it('uses the Title and Heading 1–3 styles, each one Word knows', () => {
    expect(warnings).toEqual([]);
    expect(doc.querySelector('h1.title')!.textContent).toBe('Torkham talks: where the sides stand');
    expect([...doc.querySelectorAll('h1:not(.title), h2, h3')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 Summary',
      'H2 What Pakistan said',
      'H3 Positions compared',
      'H2 What Afghanistan said',
      'H1 Sources',
    ]);
  });

  it('keeps bold, italic and web links, and drops a javascript: address', () => {
    const p = [...doc.querySelectorAll('p')].find((el) => el.textContent!.startsWith('Both sides'))!;
    expect(p.innerHTML).toBe('Both sides <strong>agree</strong> on trade, <em>not</em> on security; see <a href="https://example.org/report">the report</a> and [1].');
    expect(documentXml).not.toContain('javascript:');
    expect(parts.get('word/_rels/document.xml.rels')).not.toContain('javascript:');
  });

  it('writes each quotation in the Quote style, followed by its attribution with link and source number', () => {
    const quotes = [...doc.querySelectorAll('body > blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([`“${QUOTES.dar}”`, `“${QUOTES.urdu}”`, `“${QUOTES.azizi}”`, `“${QUOTES.pashto}”`]);
    expect(quotes.map((q) => q.nextElementSibling!.textContent)).toEqual([
      '— Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn, https://www.dawn.com/news/talks [1]',
      '— Ishaq Dar (Pakistan), 18 April 2025, Jang, https://jang.com.pk/news/1 [2] Changed since cited',
      '— Nooruddin Azizi (Afghanistan), 14 April 2025, Pajhwok [5] Deleted since cited',
      '— “د کابل ځواب”, 13 April 2025, Shamshad [6]',
    ]);
    expect(quotes[0]!.nextElementSibling!.querySelector('a')!.getAttribute('href')).toBe('https://www.dawn.com/news/talks');
  });

  it('defines the Quote style as an indented, italic paragraph style', () => {
    const styles = parts.get('word/styles.xml')!;
    const quote = /<w:style [^>]*w:styleId="Quote"[^]*?<\/w:style>/.exec(styles)![0];
    expect(quote).toContain('w:type="paragraph"');
    expect(quote).toMatch(/<w:name w:val="Quote"\/>/);
    expect(quote).toMatch(/<w:ind [^>]*w:left="720"/);
    expect(quote).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
  });

  it('writes Urdu and Pashto quotations as right-to-left paragraphs with right-to-left runs', () => {
    for (const text of [QUOTES.urdu, QUOTES.pashto]) {
      const [paragraph] = paragraphsWith(documentXml, text);
      expect(paragraph).toContain('<w:bidi/>');
      expect(paragraph).toMatch(/<w:rtl\/>|<w:rtl w:val="true"\/>/);
    }
    expect(paragraphsWith(documentXml, QUOTES.urdu)[0]).toMatch(/w:cs="Noto Nastaliq Urdu"/);
    expect(paragraphsWith(documentXml, QUOTES.dar).every((p) => !p.includes('<w:bidi/>'))).toBe(true);
  });

  it('marks a flagged citation visibly: the label in bold red, a deleted quotation struck through', () => {
    const [flag] = paragraphsWith(documentXml, 'Changed since cited');
    expect(flag).toMatch(/<w:b\/>[^]*<w:color w:val="A30000"\/>[^]*Changed since cited/);
    expect(doc.querySelector('s')!.textContent).toBe(`“${QUOTES.azizi}”`);
  });

  it('lays a comparison out as a two-column table: side names as the header row, summaries, statements', () => {
    const table = doc.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Pakistan', 'Afghanistan']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Wants the crossing open, with security guarantees.', 'Wants trade without conditions.'],
      [
        `“${QUOTES.sadiq}”— Mohammad Sadiq Khan (Pakistan), 15 April 2025, Dawn, https://www.dawn.com/news/security [4]`,
        `“${QUOTES.muttaqi}”— Amir Khan Muttaqi, Foreign Minister (Afghanistan), 16 April 2025, Tolo [3]`,
      ],
      [`“${QUOTES.dar}”— Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn, https://www.dawn.com/news/talks [1]`, ''],
    ]);
    expect(documentXml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="true"\/>/);
  });

  it('ends with the numbered sources', () => {
    expect([...doc.querySelectorAll('p.source')].map((p) => p.textContent)).toEqual([
      '[1] Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025. “Talks in Kabul”. Dawn. https://www.dawn.com/news/talks',
      '[2] Ishaq Dar (Pakistan), 18 April 2025. “دار کا بیان”. Jang. https://jang.com.pk/news/1',
      '[3] Amir Khan Muttaqi, Foreign Minister (Afghanistan), 16 April 2025. “Kabul replies”. Tolo.',
      '[4] Mohammad Sadiq Khan (Pakistan), 15 April 2025. “Security first”. Dawn. https://www.dawn.com/news/security',
      '[5] Nooruddin Azizi (Afghanistan), 14 April 2025. “Traders”. Pajhwok.',
      '[6] 13 April 2025. “د کابل ځواب”. Shamshad.',
    ]);
  });

  it('puts the caveat in the default page header, so every page carries it', () => {
    const headerRef = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(documentXml);
    expect(headerRef).not.toBeNull();
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const target = new RegExp(`Id="${headerRef![1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${headerRef![1]}"`).exec(rels)!;
    expect(parts.get(`word/${target[1] ?? target[2]}`)).toContain(`>${CAVEAT}<`);
    expect(documentXml).not.toContain('w:titlePg');
  });

  it('writes no header when the note has no caveat', async () => {
    const parts = await docxParts(await writeDocx(sampleDocument({ caveat: '' })));
    expect(parts.get('word/document.xml')).not.toContain('w:headerReference');
  });
});
