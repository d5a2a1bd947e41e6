import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSelection } from '../../../shared/anchoring/index.js';

const body = 'ISLAMABAD: Amid escalating tensions along the border, signs of a diplomatic thaw have emerged between the two neighbours.';

describe('describeSelection', () => {
  it('stores the offsets, the exact text and up to CONTEXT_LENGTH characters either side', () => {
    const start = body.indexOf('signs');
    const end = body.indexOf(' between');
    const anchor = describeSelection(body, start, end);
    expect(anchor).toEqual({
      start,
      end,
      quote: { exact: 'signs of a diplomatic thaw have emerged', prefix: body.slice(start - CONTEXT_LENGTH, start), suffix: body.slice(end, end + CONTEXT_LENGTH) },
    });
    expect(anchor.quote.prefix).toHaveLength(32);
  });

  it('clips the context at the start and end of the text', () => {
    const anchor = describeSelection(body, 0, 9);
    expect(anchor.quote).toMatchObject({ exact: 'ISLAMABAD', prefix: '' });
    expect(describeSelection(body, body.length - 11, body.length).quote).toMatchObject({ exact: 'neighbours.', suffix: '' });
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = `${'🇵🇰'.repeat(20)}talks${'🤝'.repeat(20)}`;
    const start = text.indexOf('talks');
    const { quote } = describeSelection(text, start, start + 5);
    expect(quote.prefix).toBe('🇵🇰'.repeat(8));
    expect(quote.suffix).toBe('🤝'.repeat(16));
    expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
  });

  it.each([
    ['an empty selection', 5, 5, /empty/],
    ['a selection past the end', 0, body.length + 1, /outside the text/],
    ['a negative start', -1, 4, /outside the text/],
    ['fractional offsets', 1.5, 4, /whole numbers/],
    ['a whitespace-only selection', 10, 11, /only whitespace/],
  ])('refuses %s', (_name, start, end, message) => {
    expect(() => describeSelection(body, start, end)).toThrow(message);
  });

  it('refuses a selection that cuts an emoji in half', () => {
    const text = 'welcome 🤝 talks';
    expect(() => describeSelection(text, 0, 9)).toThrow(/surrogate pair/);
    expect(() => describeSelection(text, 9, 12)).toThrow(/surrogate pair/);
  });
});
