import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../shared/statements/quotations.js';
import { paragraphSpans } from '../../../shared/statements/textLayout.js';

const quoted = (body: string) => findQuotations(body, paragraphSpans(body)).map((q) => body.slice(q.start, q.end));

describe('findQuotations', () => {
  it('finds curly, straight and guillemet quotations without their marks', () => {
    expect(quoted('He said: “Talks will go on.” She said "Not yet," and left. او وویل: «سوله غواړو.»')).toEqual([
      'Talks will go on.',
      'Not yet,',
      'سوله غواړو.',
    ]);
  });

  it('keeps apostrophes inside single-quoted words, and a plural possessive does not close the quotation', () => {
    expect(quoted('‘We won’t wait. Both countries’ traders suffer,’ he said.')).toEqual([
      'We won’t wait. Both countries’ traders suffer,',
    ]);
    expect(quoted("'It isn't over,' the envoy said.")).toEqual(["It isn't over,"]);
  });

  it('reads marks by their surroundings, so Urdu’s reversed ’…‘ pair works', () => {
    expect(quoted('انہوں نے کہا کہ ’ہم تیار ہیں۔‘')).toEqual(['ہم تیار ہیں۔']);
  });

  it('joins a quotation that runs over paragraphs, each reopened with a mark, into one', () => {
    const body = 'He said: “First part.\n\n“Second part.\n\n“Last part,” he added.';
    expect(quoted(body)).toEqual(['First part.\n\n“Second part.\n\n“Last part,']);
  });

  it('ends an unclosed quotation at its paragraph when the next one does not continue it', () => {
    expect(quoted('He said: “Never closed.\n\nA new paragraph.')).toEqual(['Never closed.']);
  });

  it('takes a paragraph closing a quotation it never opened as quoted from its start', () => {
    expect(quoted('So the talks must go on,” he added.')).toEqual(['So the talks must go on,']);
  });

  it('ignores apostrophes and lone marks', () => {
    expect(quoted('Pakistan’s envoy met Kabul’s officials at 5’ past noon.')).toEqual([]);
  });
});
