import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKeyPoints, type KeyPointsSplit } from '../../../shared/text/keyPoints.js';
import { linesOf } from '../../../shared/text/lines.js';
import { findPublishedDate } from '../../../shared/text/publishedDate.js';

/** extractKeyPoints as first written, over the whole body split into lines: the line-by-line reading must agree. */
function keyPointsBySplit(body: string): KeyPointsSplit {
  const HEADING = /^(?:#{1,6}\s+)?(?:key\s+points|key\s+highlights|highlights|key\s+takeaways)\s*:?$/i;
  const LIST_ITEM = /^(?:[-•*]|\d{1,2}[.)])\s+(.*\S)\s*$/;
  const lines = body.split('\n');
  let offset = 0;
  let paragraph = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const opensParagraph = index === 0 || lines[index - 1]!.trim() === '';
    if (line.trim() !== '' && opensParagraph) {
      if (paragraph >= 6 || offset > 1500) break;
      paragraph += 1;
      if (HEADING.test(line.trim())) {
        const items: string[] = [];
        let end = index + 1;
        for (; end < lines.length; end++) {
          const next = lines[end]!.trim();
          if (next === '') continue;
          const item = LIST_ITEM.exec(next);
          if (!item) break;
          items.push(item[1]!.replace(/\s+/g, ' '));
        }
        if (items.length > 0) {
          const before = lines.slice(0, index).join('\n').trim();
          const after = lines.slice(end).join('\n').trim();
          return { keyPoints: items, body: [before, after].filter(Boolean).join('\n\n') };
        }
      }
    }
    offset += line.length + 1;
  }
  return { keyPoints: [], body };
}

// Lines of every kind the scans tell apart: headings, list items, dates (labelled, bare, in a
// dateline), prose (long enough to pass the 1,500-character limit in a few paragraphs), blanks.
const LINES = [
  '', '', '  ', 'Key points', '## Highlights:', 'key takeaways', '- Talks resume', '• Border reopens', '2. Trade grows', '* ',
  'Published April 17, 2025', 'Updated: 2025-04-18 10:30', '17th April 2025', 'ISLAMABAD, April 16, 2025 — Officials met.',
  'By Staff | Posted on March 3, 2024', 'KABUL: The delegation arrived.', 'x'.repeat(400), 'The talks ended without agreement.',
];
const texts = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('scans that read only the first lines', () => {
  it('linesOf gives the lines split() gives, with their offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lines = [...linesOf(text)];
        expect(lines.map(({ start, end }) => text.slice(start, end))).toEqual(text.split('\n'));
        for (const { start } of lines.slice(1)) expect(text[start - 1]).toBe('\n');
      }),
      { numRuns: 1000 },
    );
  });

  it('extractKeyPoints takes out the block the whole-body reading took out', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(extractKeyPoints(text)).toEqual(keyPointsBySplit(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('findPublishedDate reads the first ten non-empty lines only', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const firstTen = text.split('\n').filter((line) => line.trim() !== '').slice(0, 10).join('\n');
        expect(findPublishedDate(text)).toBe(findPublishedDate(firstTen));
      }),
      { numRuns: 2000 },
    );
    const prose = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} of the talks.`).join('\n\n');
    expect(findPublishedDate(`${prose}\n\nPublished April 17, 2025`)).toBeNull();
    expect(findPublishedDate(`Published April 17, 2025\n\n${prose}`)).toBe('2025-04-17');
  });
});
