import { describe, expect, it } from 'vitest';
import { paragraphsFromPages, type TextRun } from '../../../electron/backend/import/pdfLayout.js';

/** Lines of 11-point text, 15 points apart, from y = 700 down; each string its own run. */
const page = (lines: (string | null)[], { width = 480 } = {}): TextRun[] =>
  lines.flatMap((str, i) => (str === null ? [] : [{ str, x: 50, y: 700 - i * 15, width: str.endsWith('.') ? width / 2 : width, height: 11 }]));

describe('paragraphsFromPages', () => {
  it('joins wrapped lines, undoing hyphenation only before a lower-case letter', () => {
    expect(paragraphsFromPages([page(['The inter-', 'national talks between', 'Pakistan-', 'Afghanistan officials and', 'well known figures.'])])).toEqual([
      'The international talks between Pakistan-Afghanistan officials and well known figures.',
    ]);
  });

  it('starts a paragraph after a wide gap', () => {
    expect(paragraphsFromPages([page(['First line of text', 'continues here', null, 'Second paragraph', 'goes on'])])).toEqual([
      'First line of text continues here',
      'Second paragraph goes on',
    ]);
  });

  it('starts a paragraph after a short line that ends a sentence', () => {
    expect(paragraphsFromPages([page(['One paragraph ends', 'here.', 'Another starts', 'here'])])).toEqual(['One paragraph ends here.', 'Another starts here']);
  });

  it('merges runs on one baseline, in reading order, with a space where they stand apart', () => {
    const runs: TextRun[] = [
      { str: 'Kabul', x: 120, y: 700, width: 30, height: 11 },
      { str: 'talks in', x: 50, y: 700.5, width: 60, height: 11 },
    ];
    expect(paragraphsFromPages([runs])).toEqual(['talks in Kabul']);
  });

  it('drops repeated page headers and bare page numbers but keeps a single page title', () => {
    const pages = [1, 2, 3].map((n) => [
      { str: `Frontier Post, page ${n}`, x: 50, y: 800, width: 200, height: 9 },
      ...page(n === 1 ? ['Headline of the day', null, 'Body text on page one', 'runs on'] : [`Body text on page ${n}`]),
      { str: `- ${n} -`, x: 290, y: 40, width: 20, height: 9 },
    ]);
    expect(paragraphsFromPages(pages)).toEqual(['Headline of the day', 'Body text on page one runs on Body text on page 2 Body text on page 3']);
  });

  it('finds nothing on pages without text', () => {
    expect(paragraphsFromPages([[], [{ str: ' ', x: 0, y: 0, width: 1, height: 1 }]])).toEqual([]);
  });
});
