import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../electron/backend/export/markdownWriter.js';
import { CAVEAT, QUOTES, sampleDocument } from './sampleDocument.js';

describe('writeMarkdown', () => {
  const md = writeMarkdown(sampleDocument());
  const lines = md.split('\n');

  it('opens with the caveat, the title as the one level-1 heading and the byline', () => {
    expect(lines.slice(0, 6)).toEqual([`**${CAVEAT}**`, '', '# Torkham talks: where the sides stand', '', '19 April 2025 · A. Analyst', '']);
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
    expect(lines.at(-2)).toBe(`**${CAVEAT}**`);
  });

  it('puts the note’s headings one level below the title', () => {
    expect(lines).toEqual(expect.arrayContaining(['## Summary', '### What Pakistan said', '#### Positions compared']));
  });

  it('keeps bold, italic, web links and markers, and drops a javascript: link to its words', () => {
    expect(md).toContain('Both sides **agree** on trade, *not* on security; see [the report](<https://example.org/report>) and [1].');
  });

  it('writes each quotation as a > block with its attribution, link and source number', () => {
    const at = lines.indexOf(`> “${QUOTES.dar}”`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toBe('> — Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn, <https://www.dawn.com/news/talks> [1]');
  });

  it('marks changed and deleted citations, and writes no javascript: address', () => {
    expect(md).toContain(`> “${QUOTES.urdu}”`);
    expect(md).toContain('Jang, <https://jang.com.pk/news/1> [2] **(Changed since cited)**');
    expect(md).toContain('> — Nooruddin Azizi (Afghanistan), 14 April 2025, Pajhwok [5] **(Deleted since cited)**');
    expect(md).not.toContain('javascript:');
  });

  it('writes a comparison as a two-column table: side names, summaries, then each side’s statements', () => {
    const at = lines.indexOf('| Pakistan | Afghanistan |');
    expect(lines[at - 2]).toBe('**Trade: Pakistan and Afghanistan compared**');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '| --- | --- |',
      '| *Wants the crossing open, with security guarantees.* | *Wants trade without conditions.* |',
      `| “${QUOTES.sadiq}” — Mohammad Sadiq Khan (Pakistan), 15 April 2025, Dawn [4] | “${QUOTES.muttaqi}” — Amir Khan Muttaqi, Foreign Minister (Afghanistan), 16 April 2025, Tolo [3] |`,
      `| “${QUOTES.dar}” — Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025, Dawn [1] |  |`,
    ]);
  });

  it('escapes what would break the table or read as markup', () => {
    const document = sampleDocument();
    const comparison = document.blocks.find((b) => b.type === 'comparison')!;
    if (comparison.type !== 'comparison') throw new Error('no comparison');
    comparison.comparison.sides[0]!.summary = 'Open | shut *now*\nor later';
    const row = writeMarkdown(document).split('\n').find((line) => line.includes('Open'));
    expect(row).toBe('| *Open \\| shut \\*now\\* or later* | *Wants trade without conditions.* |');
  });

  it('keeps a literal entity as written, so a viewer shows "&lt;" and not "<"', () => {
    const document = sampleDocument({ title: 'Tariffs &lt; 5% & rising' });
    const html = new MarkdownIt().render(writeMarkdown(document));
    expect(html).toContain('<h1>Tariffs &amp;lt; 5% &amp; rising</h1>');
  });

  it('ends with the numbered sources and their web links only', () => {
    const at = lines.indexOf('## Sources');
    expect(lines.slice(at + 2, at + 8)).toEqual([
      '1. Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025. “Talks in Kabul”. Dawn. <https://www.dawn.com/news/talks>',
      '2. Ishaq Dar (Pakistan), 18 April 2025. “دار کا بیان”. Jang. <https://jang.com.pk/news/1>',
      '3. Amir Khan Muttaqi, Foreign Minister (Afghanistan), 16 April 2025. “Kabul replies”. Tolo.',
      '4. Mohammad Sadiq Khan (Pakistan), 15 April 2025. “Security first”. Dawn. <https://www.dawn.com/news/security>',
      '5. Nooruddin Azizi (Afghanistan), 14 April 2025. “Traders”. Pajhwok.',
      '6. 13 April 2025. “د کابل ځواب”. Shamshad.',
    ]);
  });
});
