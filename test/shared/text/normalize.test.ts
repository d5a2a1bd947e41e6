import { describe, expect, it } from 'vitest';
import { canonicalBody, cleanLine, paragraphs } from '../../../shared/text/normalize.js';

describe('canonicalBody', () => {
  it('composes characters to NFC', () => {
    const composed = canonicalBody('Kabu\u0301l');
    expect(composed).toBe('Kab\u00fal');
    expect(composed).toHaveLength(5);
  });

  it('is stable: a canonical body normalises to itself', () => {
    const once = canonicalBody('  Title line \r\n\r\n\r\nSecond   para\nwith a break\n\n');
    expect(canonicalBody(once)).toBe(once);
    expect(once).toBe('Title line\n\nSecond para\nwith a break');
  });

  it('treats every line as a paragraph when the text has no blank lines', () => {
    expect(canonicalBody('One\nTwo\nThree')).toBe('One\n\nTwo\n\nThree');
  });

  it('returns an empty string for whitespace only', () => {
    expect(canonicalBody(' \n\t\u00a0\n')).toBe('');
  });
});

describe('paragraphs', () => {
  it('gives each paragraph with its offset into the body', () => {
    const body = 'First.\n\nSecond one.';
    expect(paragraphs(body)).toEqual([
      { start: 0, text: 'First.' },
      { start: 8, text: 'Second one.' },
    ]);
    expect(body.slice(8, 8 + 'Second one.'.length)).toBe('Second one.');
  });
});

describe('cleanLine', () => {
  it('folds runs of whitespace into single spaces', () => {
    expect(cleanLine('  Pakistan\n and\tAfghanistan ')).toBe('Pakistan and Afghanistan');
  });
});
