import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../../electron/backend/import/extract.js';
import { readFixture, JCC_ARTICLE } from '../../helpers/fixtures.js';
import { utf8 } from './importFixtures.js';

describe('plain-text import', () => {
  it('takes a headline-like first line as the title and the rest as the body', async () => {
    const file = 'Dar to visit Kabul within days\r\n\r\nISLAMABAD: Foreign Minister Ishaq Dar said on Thursday.\r\nSecond line.\r\n\r\nNext paragraph.';
    expect(await extractArticles(utf8(file), 'dar.txt')).toEqual([
      { title: 'Dar to visit Kabul within days', body: 'ISLAMABAD: Foreign Minister Ishaq Dar said on Thursday.\nSecond line.\n\nNext paragraph.' },
    ]);
  });

  it('leaves the title to the service when the first line reads like a sentence', async () => {
    const [article] = await extractArticles(utf8('ISLAMABAD: Talks resumed on Thursday.\nBoth sides met.'), 'talks.txt');
    expect(article).toEqual({ body: 'ISLAMABAD: Talks resumed on Thursday.\n\nBoth sides met.' });
  });

  it('does not take a "Key points" heading over a list for the title', async () => {
    const [article] = await extractArticles(utf8(readFixture(JCC_ARTICLE)), 'jcc-kabul-talks.txt');
    expect(article?.title).toBeUndefined();
    expect(article?.body.split('\n\n').slice(0, 2)).toEqual(['Key points', '- A Pakistani delegation visits Kabul for detailed talks']);
  });

  it('refuses a text file holding only whitespace', async () => {
    await expect(extractArticles(utf8('\n   \n'), 'blank.txt')).rejects.toThrow('is empty');
  });
});

describe('Markdown import', () => {
  const markdown = [
    '# Pakistan and Afghanistan **revive** talks',
    '',
    '> ISLAMABAD: Officials met in [Kabul](https://example.org/kabul) on *Thursday*.',
    '',
    '## Key points',
    '',
    '* A delegation visits `Kabul`',
    '- The JCC meets after a __15-month__ pause',
    '',
    '---',
    '',
    'See ![map of Torkham](map.png) and [the statement][1]; snake_case_names stay.',
    '',
    '[1]: https://example.org/statement',
  ].join('\n');

  it('takes the first heading as the title without its markup', async () => {
    const [article] = await extractArticles(utf8(markdown), 'talks.md');
    expect(article?.title).toBe('Pakistan and Afghanistan revive talks');
  });

  it('reduces markup to text: headings, quotes, emphasis, code, links, images; list markers stay', async () => {
    const [article] = await extractArticles(utf8(markdown), 'talks.markdown');
    expect(article?.body.split('\n\n')).toEqual([
      'ISLAMABAD: Officials met in Kabul on Thursday.',
      'Key points',
      '* A delegation visits Kabul\n- The JCC meets after a 15-month pause',
      'See map of Torkham and the statement; snake_case_names stay.',
    ]);
  });

  it('refuses a Markdown file with nothing but rules', async () => {
    await expect(extractArticles(utf8('---\n\n***\n'), 'rules.md')).rejects.toThrow('is empty');
  });
});
