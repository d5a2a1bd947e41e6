import { describe, expect, it } from 'vitest';
import { buildDocument, formatDay } from '../../../shared/briefing/buildDocument.js';
import type { Block } from '../../../shared/briefing/document.js';
import type { BriefingNote, Citation, QuoteSnapshot } from '../../../shared/domain/briefing.js';

const NOTE: BriefingNote = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Kabul talks',
  body: '',
  author: 'Desk officer',
  caveat: 'OFFICIAL – SENSITIVE',
  note_date: '2025-04-17',
  created_at: '2025-04-17T09:00:00.000Z',
  updated_at: '2025-04-17T09:00:00.000Z',
};

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const quote = (overrides: Partial<QuoteSnapshot> = {}): QuoteSnapshot => ({
  quote: 'Hopefully, within days',
  speaker: 'Ishaq Dar',
  role: 'Deputy Prime Minister',
  side_id: 'pakistan',
  side: 'Pakistan',
  said_on: '2025-04-17',
  outlet: 'WE News English',
  article_title: 'Pakistan, Afghanistan revive JCC talks',
  url: 'https://wenewsenglish.pk/jcc',
  language: 'en',
  direction: 'ltr',
  ...overrides,
});

type QuoteCitation = Extract<Citation, { kind: 'quote' }>;

function quoteCitation(n: number, target: number, snapshot = quote(), status: Citation['status'] = 'current'): QuoteCitation {
  return { id: id(n), note_id: NOTE.id, kind: 'quote', target: { type: 'statement', id: id(target) }, snapshot, status, created_at: NOTE.created_at };
}

function compareCitation(n: number, pakistan: number[], afghanistan: number[], status: Citation['status'] = 'current'): Citation {
  const side = (side_id: 'pakistan' | 'afghanistan', name: string, ids: number[]) => ({
    side_id, name, colour: '#123456', summary: `${name} summary`,
    statements: ids.map((s) => ({ ...quote({ quote: `said ${s}`, side_id, side: name }), statement_id: id(s) })),
  });
  return {
    id: id(n), note_id: NOTE.id, kind: 'compare', target: { type: 'topic', id: 'topic' }, status, created_at: NOTE.created_at,
    snapshot: { topic_id: 'topic', topic: 'Trade', sides: [side('pakistan', 'Pakistan', pakistan), side('afghanistan', 'Afghanistan', afghanistan)] },
  };
}

const build = (body: string, citations: Citation[] = []) => buildDocument({ note: { ...NOTE, body }, citations });
const ofType = <T extends Block['type']>(blocks: Block[], type: T) => blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('buildDocument', () => {
  it('carries the header: title, the date written out, author and caveat', () => {
    expect(build('')).toMatchObject({ title: 'Kabul talks', date: '17 April 2025', author: 'Desk officer', caveat: 'OFFICIAL – SENSITIVE', blocks: [], sources: [] });
    expect(formatDay('2025-01-03')).toBe('3 January 2025');
  });

  it('makes headings of levels 1 to 3, deeper ones level 3', () => {
    const { blocks } = build('# One\n\n## Two\n\n#### Four');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: [{ text: 'One' }] },
      { type: 'heading', level: 2, text: [{ text: 'Two' }] },
      { type: 'heading', level: 3, text: [{ text: 'Four' }] },
    ]);
  });

  it('splits a paragraph into bold, italic and linked runs', () => {
    const [paragraph] = build('Talks **resumed** in *Kabul*, see [Dawn](https://dawn.com/x) now.').blocks;
    expect(paragraph).toEqual({
      type: 'paragraph',
      direction: 'ltr',
      text: [
        { text: 'Talks ' }, { text: 'resumed', bold: true }, { text: ' in ' }, { text: 'Kabul', italic: true },
        { text: ', see ' }, { text: 'Dawn', href: 'https://dawn.com/x' }, { text: ' now.' },
      ],
    });
  });

  it('keeps a link’s words but drops an address that is not http(s)', () => {
    const [paragraph] = build('Do [not click](javascript:alert(1)) or [mail](mailto:a@b.c).').blocks;
    expect(paragraph).toMatchObject({ text: [{ text: 'Do not click or mail.' }] });
    expect(JSON.stringify(paragraph)).not.toContain('javascript');
  });

  it('keeps raw HTML as text, never as markup', () => {
    const [paragraph] = build('<script>alert(1)</script> text').blocks;
    expect(paragraph).toMatchObject({ type: 'paragraph', text: [{ text: '<script>alert(1)</script> text' }] });
  });

  it('makes bullet and numbered lists, one item each', () => {
    const { blocks } = build('- first **point**\n- second\n\n1. one\n2. two');
    expect(blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'first ' }, { text: 'point', bold: true }], [{ text: 'second' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
    ]);
  });

  it('lays out an Urdu paragraph right to left and an English one left to right', () => {
    const { blocks } = build('دونوں ممالک کو اپنے مسائل بات چیت سے حل کرنے چاہئیں۔\n\nBoth countries should talk.');
    expect(ofType(blocks, 'paragraph').map((p) => p.direction)).toEqual(['rtl', 'ltr']);
  });

  it('turns a token line into its quotation, numbered, with its source', () => {
    const citation = quoteCitation(10, 100);
    const { blocks, sources } = build(`Dar was hopeful.\n{{quote:${citation.id}}}\nMore text.`, [citation]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(blocks[1]).toEqual({ type: 'quote', quote: citation.snapshot, source: 1, status: 'current' });
    expect(sources).toEqual([
      {
        number: 1, speaker: 'Ishaq Dar, Deputy Prime Minister (Pakistan), 17 April 2025',
        article_title: 'Pakistan, Afghanistan revive JCC talks', outlet: 'WE News English', said_on: '2025-04-17', url: 'https://wenewsenglish.pk/jcc',
      },
    ]);
  });

  it('numbers sources in order of first citation; a statement cited twice keeps its number', () => {
    const first = quoteCitation(10, 100);
    const second = quoteCitation(11, 200, quote({ quote: 'Other words', speaker: 'Amir Khan Muttaqi', side: 'Afghanistan' }));
    const again = quoteCitation(12, 100);
    const { blocks, sources } = build(`{{quote:${second.id}}}\n\n{{quote:${first.id}}}\n\n{{quote:${again.id}}}`, [first, second, again]);
    expect(ofType(blocks, 'quote').map((q) => q.source)).toEqual([1, 2, 2]);
    expect(sources.map((s) => s.speaker?.split(',')[0])).toEqual(['Amir Khan Muttaqi', 'Ishaq Dar']);
  });

  it('numbers each statement of a comparison, sharing numbers with quotations of the same statement', () => {
    const cited = quoteCitation(10, 101);
    const comparison = compareCitation(20, [100, 101], [200]);
    const { blocks, sources } = build(`{{quote:${cited.id}}}\n{{compare:${comparison.id}}}`, [cited, comparison]);
    const [block] = ofType(blocks, 'comparison');
    expect(block).toMatchObject({ comparison: comparison.snapshot, status: 'current' });
    expect(block!.sources).toEqual([[2, 1], [3]]);
    expect(sources).toHaveLength(3);
  });

  it('gives a highlight’s source no speaker line', () => {
    const highlight: QuoteCitation = { ...quoteCitation(10, 100, quote({ speaker: null, role: null, side: null, side_id: null })), target: { type: 'annotation', id: id(100) } };
    expect(build(`{{quote:${highlight.id}}}`, [highlight]).sources[0]).toMatchObject({ number: 1, speaker: null });
  });

  it('carries a flagged citation’s status into its block', () => {
    const changed = quoteCitation(10, 100, quote(), 'changed');
    const deleted = quoteCitation(11, 101, quote(), 'deleted');
    const comparison = compareCitation(12, [102], [], 'changed');
    const { blocks } = build(`{{quote:${changed.id}}}\n{{quote:${deleted.id}}}\n{{compare:${comparison.id}}}`, [changed, deleted, comparison]);
    expect(blocks.map((b) => ('status' in b ? b.status : null))).toEqual(['changed', 'deleted', 'changed']);
  });

  it('marks a token whose citation the note no longer has, and leaves a token inside text alone', () => {
    const { blocks, sources } = build(`{{quote:${id(99)}}}\n\nSee {{quote:${id(98)}}} here.`);
    expect(blocks).toEqual([
      { type: 'paragraph', direction: 'ltr', text: [{ text: '[Missing citation]', italic: true }] },
      { type: 'paragraph', direction: 'ltr', text: [{ text: `See {{quote:${id(98)}}} here.` }] },
    ]);
    expect(sources).toEqual([]);
  });
});
