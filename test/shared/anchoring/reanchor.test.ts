import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSelection, reanchor, reanchorAll, type TextAnchor } from '../../../shared/anchoring/index.js';

const BODY = [
  'ISLAMABAD: Amid escalating tensions along the border, signs of a diplomatic thaw have emerged between the two neighbours.',
  'Muttaqi expressed deep concern over the expulsions and called for constructive diplomacy. He met the envoy in Kabul.',
  'Analysts said the talks in Kabul were a positive development for trade and for refugees.',
].join('\n\n');

const select = (body: string, text: string, occurrence = 1): TextAnchor => {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = body.indexOf(text, at + 1);
  return describeSelection(body, at, at + text.length);
};

const insertAt = (body: string, at: number, text: string) => body.slice(0, at) + text + body.slice(at);

describe('reanchor: the stored offsets', () => {
  it('keeps a highlight whose offsets still hold its quote and context', () => {
    const anchor = select(BODY, 'deep concern');
    const edited = `${BODY}\n\nA closing paragraph.`;
    expect(reanchor(anchor, edited)).toEqual({ status: 'anchored', start: anchor.start, end: anchor.end, exact: 'deep concern', method: 'offsets' });
  });

  it('stays anchored when words are added right after the quote', () => {
    const anchor = select(BODY, 'signs of a diplomatic thaw');
    const edited = insertAt(BODY, anchor.end, ', cautious and fragile,');
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'anchored', start: anchor.start, method: 'offsets' });
  });

  it('orphans a word deleted with its sentence though the same word remains nearby', () => {
    // The first "Kabul" goes with its sentence; another "Kabul" appears in the next paragraph.
    const anchor = select(BODY, 'Kabul', 1);
    const edited = BODY.replace(' He met the envoy in Kabul.', ' He met the envoy.').replace('talks in Kabul', 'talks in Doha, not Kabul');
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'orphaned' });
  });

  it('follows the occurrence whose context matches when the old offsets hold the same word in another context', () => {
    const body = 'The envoy met officials in Kabul on Monday to discuss trade.';
    const anchor = select(body, 'Kabul');
    // The new lead sentence puts another "Kabul" exactly on the old offsets.
    const lead = 'Rain closed the roads near Kabul again. ';
    const edited = lead + body;
    expect(edited.slice(anchor.start, anchor.end)).toBe('Kabul');
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'moved', start: lead.length + anchor.start, method: 'exact' });
  });
});

describe('reanchor: the exact quote elsewhere', () => {
  it('moves a highlight when text is inserted before it', () => {
    const anchor = select(BODY, 'called for constructive diplomacy');
    const edited = `Updated with comments from Kabul.\n\n${BODY}`;
    expect(reanchor(anchor, edited)).toEqual({
      status: 'moved',
      start: anchor.start + 35,
      end: anchor.end + 35,
      exact: 'called for constructive diplomacy',
      method: 'exact',
    });
  });

  it('chooses among several occurrences by context', () => {
    const anchor = select(BODY, 'Kabul', 2); // "talks in Kabul were"
    const edited = `A new first line.\n\n${BODY}`;
    const result = reanchor(anchor, edited);
    expect(result).toMatchObject({ status: 'moved', start: edited.indexOf('Kabul were') });
  });

  it('orphans a duplicated sentence rather than guess which copy was meant', () => {
    const sentence = 'Muttaqi expressed deep concern over the expulsions and called for constructive diplomacy.';
    const anchor = select(BODY, sentence);
    const edited = BODY.replace(sentence, `${sentence} ${sentence}`);
    expect(reanchor(anchor, edited)).toEqual({ status: 'orphaned', reason: 'ambiguous' });
  });

  it('orphans a deleted quote even though the same word remains elsewhere', () => {
    const anchor = select(BODY, 'Kabul', 1);
    const edited = BODY.replace(' He met the envoy in Kabul.', '');
    expect(reanchor(anchor, edited)).toEqual({ status: 'orphaned', reason: 'context does not match' });
  });

  it('follows a quote at the very start and at the very end of the text', () => {
    const first = select(BODY, 'ISLAMABAD');
    const last = select(BODY, 'for refugees.');
    const edited = `Correction appended below.\n\n${BODY}\n\nCorrection: the talks were in Kabul.`;
    expect(reanchor(first, edited)).toMatchObject({ status: 'moved', start: 28, end: 37 });
    expect(reanchor(last, edited)).toMatchObject({ status: 'moved', start: edited.indexOf('for refugees.'), method: 'exact' });
  });
});

describe('reanchor: the approximate quote', () => {
  it('finds a quote whose typo was fixed, and reports the corrected text', () => {
    const withTypo = BODY.replace('concern', 'concren');
    const anchor = select(withTypo, 'Muttaqi expressed deep concren over the expulsions');
    expect(reanchor(anchor, BODY)).toEqual({
      status: 'moved',
      start: anchor.start,
      end: anchor.end,
      exact: 'Muttaqi expressed deep concern over the expulsions',
      method: 'fuzzy',
    });
  });

  it('covers whole words when a word at the edge of the quote changed', () => {
    const anchor = select(BODY, 'deep concern over the expulsions and called for constructive diplomacy');
    const edited = BODY.replace('deep concern', 'grave concern');
    expect(reanchor(anchor, edited)).toMatchObject({
      status: 'moved',
      exact: 'grave concern over the expulsions and called for constructive diplomacy',
      method: 'fuzzy',
    });
  });

  it('never approximates a one-word quote', () => {
    const anchor = select(BODY, 'expulsions');
    expect(reanchor(anchor, BODY.replace('expulsions', 'expulsion'))).toMatchObject({ status: 'orphaned' });
  });

  it('orphans a quote that was mostly rewritten', () => {
    const anchor = select(BODY, 'signs of a diplomatic thaw have emerged between the two neighbours');
    const edited = BODY.replace('signs of a diplomatic thaw have emerged between the two neighbours', 'no sign of progress was visible to anyone');
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'orphaned' });
  });

  it('orphans an approximate match that two places fit equally', () => {
    const intro = 'After the meeting in Islamabad, officials said that ';
    const outro = ', according to a statement issued on Friday evening.';
    const sentence = 'the committee will meet again next week to settle the dispute';
    const body = `${intro}${sentence}${outro}`;
    const anchor = select(body, sentence);
    const changed = `${intro}${sentence.replace('settle', 'resolve')}${outro}`;
    expect(reanchor(anchor, changed)).toMatchObject({ status: 'moved', method: 'fuzzy' });
    expect(reanchor(anchor, `${changed}\n\n${changed}`)).toEqual({ status: 'orphaned', reason: 'ambiguous' });
  });
});

describe('reanchor: scripts and characters', () => {
  const urdu = 'پشاور: طورخم سرحد پر تجارتی سرگرمیاں تین ہفتوں کی بندش کے بعد پیر کے روز بحال ہو گئیں۔\n\nافغان حکومت کے ترجمان نے کہا کہ دونوں ممالک کو اپنے مسائل بات چیت کے ذریعے حل کرنے چاہئیں۔';

  it('moves a right-to-left quote when text is inserted before it', () => {
    const anchor = select(urdu, 'دونوں ممالک کو اپنے مسائل');
    const edited = `تازہ ترین خبر۔\n\n${urdu}`;
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'moved', start: anchor.start + 16, end: anchor.end + 16, exact: 'دونوں ممالک کو اپنے مسائل' });
  });

  it('finds a right-to-left quote whose spelling was corrected', () => {
    const withTypo = urdu.replace('مسائل', 'مسایل');
    const anchor = select(withTypo, 'دونوں ممالک کو اپنے مسایل بات چیت کے ذریعے');
    expect(reanchor(anchor, urdu)).toMatchObject({ status: 'moved', exact: 'دونوں ممالک کو اپنے مسائل بات چیت کے ذریعے', method: 'fuzzy' });
  });

  it('handles emoji at the edges of a quote and of its context', () => {
    const body = 'Traders posted 🇵🇰🤝🇦🇫 after the reopening of the crossing 🚚 on Monday.';
    const flags = select(body, '🇵🇰🤝🇦🇫');
    const truck = select(body, 'reopening of the crossing 🚚');
    const edited = `🎉 ${body.replace('Monday', 'Monday morning')}`;
    expect(reanchor(flags, edited)).toMatchObject({ status: 'moved', start: flags.start + 3, end: flags.end + 3, exact: '🇵🇰🤝🇦🇫' });
    expect(reanchor(truck, edited)).toMatchObject({ status: 'moved', start: truck.start + 3, exact: 'reopening of the crossing 🚚' });
  });

  it('never returns offsets that cut a surrogate pair from an approximate match', () => {
    const body = 'The chamber wrote 🇵🇰🤝🇦🇫 we welcome the reopening and hope it lasts 🙏 said the post.';
    const anchor = select(body, '🤝🇦🇫 we welcome the reopening and hope it lasts 🙏');
    const edited = body.replace('reopening', 're-opening');
    const result = reanchor(anchor, edited);
    expect(result).toMatchObject({ status: 'moved', method: 'fuzzy' });
    if (result.status === 'orphaned') return;
    expect(edited.slice(result.start, result.end)).toBe(result.exact);
    expect(result.exact).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });

  it('refuses an anchor with an empty quote', () => {
    expect(() => reanchor({ start: 0, end: 0, quote: { exact: '', prefix: '', suffix: '' } }, BODY)).toThrow(/empty/);
  });
});

describe('reanchorAll', () => {
  it('keeps overlapping highlights apart and in input order', () => {
    const outer = select(BODY, 'deep concern over the expulsions');
    const inner = select(BODY, 'concern over the expulsions and called');
    const edited = `New lead paragraph.\n\n${BODY}`;
    const [a, b] = reanchorAll([outer, inner], edited);
    expect(a).toMatchObject({ status: 'moved', start: outer.start + 21, end: outer.end + 21 });
    expect(b).toMatchObject({ status: 'moved', start: inner.start + 21, end: inner.end + 21 });
  });

  it('re-anchors 500 highlights on a 50 KB text after an edit near the top', () => {
    // Numbered paragraphs, so every highlight's context window occurs once.
    const big = Array.from({ length: 430 }, (_, i) =>
      `Report ${i + 1}: the delegation number ${i + 1} met officials at crossing ${(i * 7) % 13} to discuss item ${i * 31 + 5} on trade, refugees and transit.`,
    ).join('\n\n');
    expect(big.length).toBeGreaterThan(50_000);
    const anchors = Array.from({ length: 500 }, (_, i) => {
      const start = Math.floor((i * big.length) / 500);
      const from = big.indexOf(' ', start) + 1;
      return describeSelection(big, from, big.indexOf(' ', big.indexOf(' ', from) + 1));
    });
    const edited = `Editor's note: figures corrected.\n\n${big}`;
    const results = reanchorAll(anchors, edited);
    expect(results.filter((r) => r.status === 'orphaned')).toEqual([]);
    results.forEach((r, i) => expect(r).toMatchObject({ start: (anchors[i]?.start ?? 0) + 35 }));
  });
});

describe('reanchor never misplaces', () => {
  // Random news-like text from a vocabulary, a random highlight and a random edit outside it:
  // the answer is the highlight's shifted span, or an orphan; never any other span.
  const VOCABULARY = ['Kabul', 'Islamabad', 'طورخم', 'talks', 'border', 'trade', 'refugees', 'the', 'envoy', 'said', 'on', 'Monday', '🇵🇰', '🤝', 'crossing', 'was', 'closed', 'reopened', 'and', 'officials'];
  const text = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 8, maxLength: 60 }).map((words) => words.join(' '));

  it('holds for insertions before, after and at the edges of a highlight', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), text, (body, a, b, c, inserted) => {
        const words = [...body.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        const first = words[a % words.length];
        const last = words[Math.min(words.length - 1, (a % words.length) + (b % 4))];
        if (!first || !last) return;
        const anchor = describeSelection(body, first.start, last.end);
        const points = [0, anchor.start, anchor.end, body.length];
        const at = points[c % points.length] ?? 0;
        const edited = insertAt(body, at, ` ${inserted} `);
        const shift = at <= anchor.start ? inserted.length + 2 : 0;
        const result = reanchor(anchor, edited);
        if (result.status === 'orphaned') return;
        expect([result.start, result.end]).toEqual([anchor.start + shift, anchor.end + shift]);
      }),
      { numRuns: 400, seed: 20250417 },
    );
  });
});
