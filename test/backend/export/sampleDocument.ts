import type { BriefingDocument, Source } from '../../../shared/briefing/document.js';

/**
 * Hand-made BriefingDocuments for the writers' tests: every kind of block, an Urdu and a Pashto
 * quotation, a flagged (changed) and a deleted citation, a two-column comparison.
 */

export const QUOTES = {
  dar: 'Pakistan wants trade through Torkham to grow, and the crossing must stay open.',
  urdu: 'پاکستان افغانستان کے ساتھ اچھے تعلقات چاہتا ہے۔',
  muttaqi: 'We will not allow our soil to be used against any neighbour.',
  azizi: 'Afghan traders need the border open every day of the year.',
  sadiq: 'Security cooperation is the basis of any trade agreement.',
  pashto: 'زموږ خاوره به د هیڅ ګاونډي پر ضد ونه کارول شي',
} as const;

export const CAVEAT = 'OFFICIAL – SENSITIVE';

const quoteSnapshot = {
  role: null,
  side_id: null,
  side: null,
  said_on: null,
  outlet: 'Dawn',
  article_title: 'Talks in Kabul',
  url: 'https://www.dawn.com/news/talks',
  language: 'en',
  direction: 'ltr' as const,
};

const SOURCES: Source[] = [
  { number: 1, speaker: 'Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025', article_title: 'Talks in Kabul', outlet: 'Dawn', said_on: '2025-04-17', url: 'https://www.dawn.com/news/talks' },
  { number: 2, speaker: 'Ishaq Dar (Pakistan), 18 April 2025', article_title: 'دار کا بیان', outlet: 'Jang', said_on: '2025-04-18', url: 'https://jang.com.pk/news/1' },
  { number: 3, speaker: 'Amir Khan Muttaqi, Foreign Minister (Afghanistan), 16 April 2025', article_title: 'Kabul replies', outlet: 'Tolo', said_on: '2025-04-16', url: null },
  { number: 4, speaker: 'Mohammad Sadiq Khan (Pakistan), 15 April 2025', article_title: 'Security first', outlet: 'Dawn', said_on: '2025-04-15', url: 'https://www.dawn.com/news/security' },
  { number: 5, speaker: 'Nooruddin Azizi (Afghanistan), 14 April 2025', article_title: 'Traders', outlet: 'Pajhwok', said_on: '2025-04-14', url: 'javascript:alert(1)' },
  { number: 6, speaker: null, article_title: 'د کابل ځواب', outlet: 'Shamshad', said_on: '2025-04-13', url: null },
];

export function sampleDocument(overrides: Partial<BriefingDocument> = {}): BriefingDocument {
  return {
    title: 'Torkham talks: where the sides stand',
    date: '19 April 2025',
    author: 'A. Analyst',
    caveat: CAVEAT,
    blocks: [
      { type: 'heading', level: 1, text: [{ text: 'Summary' }] },
      {
        type: 'paragraph',
        direction: 'ltr',
        text: [
          { text: 'Both sides ' },
          { text: 'agree', bold: true },
          { text: ' on trade, ' },
          { text: 'not', italic: true },
          { text: ' on security; see ' },
          { text: 'the report', href: 'https://example.org/report' },
          { text: ' and ', href: 'javascript:alert(1)' },
          { text: '[1]', source: 1 },
          { text: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ text: 'Trade: converging' }], [{ text: 'Security: apart' }]] },
      { type: 'heading', level: 2, text: [{ text: 'What Pakistan said' }] },
      {
        type: 'quote',
        source: 1,
        status: 'current',
        quote: { ...quoteSnapshot, quote: QUOTES.dar, speaker: 'Ishaq Dar', role: 'Deputy Prime Minister', side_id: 'pakistan', side: 'Pakistan', said_on: '2025-04-17' },
      },
      {
        type: 'quote',
        source: 2,
        status: 'changed',
        quote: { ...quoteSnapshot, quote: QUOTES.urdu, speaker: 'Ishaq Dar', side_id: 'pakistan', side: 'Pakistan', said_on: '2025-04-18', outlet: 'Jang', article_title: 'دار کا بیان', url: 'https://jang.com.pk/news/1', language: 'ur', direction: 'rtl' },
      },
      { type: 'heading', level: 3, text: [{ text: 'Positions compared' }] },
      {
        type: 'comparison',
        status: 'current',
        sources: [[4, 1], [3]],
        comparison: {
          topic_id: 'trade',
          topic: 'Trade',
          sides: [
            {
              side_id: 'pakistan', name: 'Pakistan', colour: '#1b7f3b', summary: 'Wants the crossing open, with security guarantees.',
              statements: [
                { ...quoteSnapshot, statement_id: '00000000-0000-4000-8000-000000000004', quote: QUOTES.sadiq, speaker: 'Mohammad Sadiq Khan', side_id: 'pakistan', side: 'Pakistan', said_on: '2025-04-15', url: 'https://www.dawn.com/news/security' },
                { ...quoteSnapshot, statement_id: '00000000-0000-4000-8000-000000000001', quote: QUOTES.dar, speaker: 'Ishaq Dar', role: 'Deputy Prime Minister', side_id: 'pakistan', side: 'Pakistan', said_on: '2025-04-17' },
              ],
            },
            {
              side_id: 'afghanistan', name: 'Afghanistan', colour: '#222222', summary: 'Wants trade without conditions.',
              statements: [
                { ...quoteSnapshot, statement_id: '00000000-0000-4000-8000-000000000003', quote: QUOTES.muttaqi, speaker: 'Amir Khan Muttaqi', role: 'Foreign Minister', side_id: 'afghanistan', side: 'Afghanistan', said_on: '2025-04-16', outlet: 'Tolo', url: null },
              ],
            },
          ],
        },
      },
      { type: 'heading', level: 2, text: [{ text: 'What Afghanistan said' }] },
      {
        type: 'quote',
        source: 5,
        status: 'deleted',
        quote: { ...quoteSnapshot, quote: QUOTES.azizi, speaker: 'Nooruddin Azizi', side_id: 'afghanistan', side: 'Afghanistan', said_on: '2025-04-14', outlet: 'Pajhwok', article_title: 'Traders', url: 'javascript:alert(1)' },
      },
      {
        type: 'quote',
        source: 6,
        status: 'current',
        quote: { ...quoteSnapshot, quote: QUOTES.pashto, speaker: null, said_on: '2025-04-13', outlet: 'Shamshad', article_title: 'د کابل ځواب', url: null, language: 'ps', direction: 'rtl' },
      },
      { type: 'paragraph', direction: 'rtl', text: [{ text: 'دا یو لنډ پایله ده.' }] },
    ],
    sources: SOURCES,
    ...overrides,
  };
}

/** The same document stretched over several printed pages by filler paragraphs between the blocks. */
export function longDocument(): BriefingDocument {
  const base = sampleDocument();
  const filler = (n: number) => ({
    type: 'paragraph' as const,
    direction: 'ltr' as const,
    text: [{ text: `Background paragraph ${n}. `.concat('The talks covered transit trade, refugees, border fencing and militancy. '.repeat(12)) }],
  });
  return { ...base, blocks: base.blocks.flatMap((block, i) => [block, filler(2 * i), filler(2 * i + 1)]) };
}
