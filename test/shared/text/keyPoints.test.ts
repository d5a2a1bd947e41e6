import { describe, expect, it } from 'vitest';
import { extractKeyPoints } from '../../../shared/text/keyPoints.js';
import { canonicalBody } from '../../../shared/text/normalize.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';

describe('extractKeyPoints', () => {
  it('takes the shared article’s key points out of its body', () => {
    const { keyPoints, body } = extractKeyPoints(canonicalBody(readFixture(JCC_ARTICLE)));
    expect(keyPoints).toEqual([
      'A Pakistani delegation visits Kabul for detailed talks',
      'The JCC meets in Kabul after a 15-month pause',
      'A high-level Afghan delegation arrives in Islamabad for talks on trade and refugee issues',
    ]);
    expect(body.startsWith('ISLAMABAD: Amid escalating tensions')).toBe(true);
  });

  it.each([
    ['Key Points:\n- One\n- Two\n\nBody.', ['One', 'Two']],
    ['Highlights\n\n• One\n\n• Two\n\nBody.', ['One', 'Two']],
    ['KEY POINTS\n* One\n* Two\n\nBody.', ['One', 'Two']],
    ['Key points\n1. One\n2. Two\n\nBody.', ['One', 'Two']],
  ])('reads the list under %j', (text, expected) => {
    expect(extractKeyPoints(text)).toEqual({ keyPoints: expected, body: 'Body.' });
  });

  it.each([
    ['a heading with no list under it', 'Key points\n\nThe talks resumed.'],
    ['a heading followed by prose after the first paragraph', 'The talks resumed.\n\nHighlights\n\nThe day began early.\n\n- One'],
    ['a block after the sixth paragraph', `${'Talks.\n\n'.repeat(6)}Key points\n\n• One`],
    ['a block that starts after the first 1,500 characters', `${'The talks resumed. '.repeat(80).trim()}\n\nKey points\n\n• One`],
    ['a list without a heading', '- One\n- Two\n\nBody.'],
    ['a heading inside a sentence', 'Key points were raised at the talks.\n- One'],
  ])('leaves the body alone for %s', (_what, text) => {
    expect(extractKeyPoints(text)).toEqual({ keyPoints: [], body: text });
  });

  it('takes a block of one-paragraph items after the opening paragraphs, joining the text around it', () => {
    const text = 'ISLAMABAD: Talks resumed.\n\nDar spoke.\n\nKey points\n\n• One\n\n• Two\n\nMuttaqi replied.';
    expect(extractKeyPoints(text)).toEqual({ keyPoints: ['One', 'Two'], body: 'ISLAMABAD: Talks resumed.\n\nDar spoke.\n\nMuttaqi replied.' });
  });

  it('takes a block from the sixth paragraph', () => {
    const opening = 'Talks.\n\n'.repeat(5);
    expect(extractKeyPoints(`${opening}Key takeaways:\n\n1. One\n\nEnd.`)).toEqual({ keyPoints: ['One'], body: `${opening}End.` });
  });

  it('takes only the first block near the top', () => {
    expect(extractKeyPoints('Lead.\n\nKey points\n\n• One\n\nText.\n\nHighlights\n\n• Two').body).toBe('Lead.\n\nText.\n\nHighlights\n\n• Two');
  });

  it('stops the list at the first line that is not a list item', () => {
    expect(extractKeyPoints('Key points\n- One\nKABUL: Talks.\n- Not a key point')).toEqual({
      keyPoints: ['One'],
      body: 'KABUL: Talks.\n- Not a key point',
    });
  });
});
