import { describe, expect, it } from 'vitest';
import {
  highlightColour,
  highlightSegments,
  highlightSpans,
  type HighlightSpan,
} from '../../../../renderer/features/annotate/highlightSegments';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Tag } from '../../../../shared/domain/tag';

const span = (id: string, start: number, end: number): HighlightSpan => ({ id, start, end, colour: '#ffcc00' });
const pieces = (text: string, start: number, spans: HighlightSpan[]) =>
  highlightSegments(text, start, spans).map((s) => [s.text, s.highlights.map((h) => h.id).join('>')]);

describe('highlightSegments', () => {
  const text = 'The border at Torkham reopened on Monday.';

  it('splits overlapping highlights into the shared middle and each one’s own part', () => {
    // "border at Torkham" (4–21) and "Torkham reopened" (14–30)
    expect(pieces(text, 0, [span('a', 4, 21), span('b', 14, 30)])).toEqual([
      ['The ', ''],
      ['border at ', 'a'],
      ['Torkham', 'a>b'],
      [' reopened', 'b'],
      [' on Monday.', ''],
    ]);
  });

  it('lists nested highlights outermost first, so the last is the innermost', () => {
    expect(pieces(text, 0, [span('inner', 14, 21), span('outer', 4, 30)])).toEqual([
      ['The ', ''],
      ['border at ', 'outer'],
      ['Torkham', 'outer>inner'],
      [' reopened', 'outer'],
      [' on Monday.', ''],
    ]);
  });

  it('keeps adjacent highlights apart, with no piece covered by both', () => {
    expect(pieces(text, 0, [span('a', 4, 10), span('b', 10, 13)])).toEqual([
      ['The ', ''],
      ['border', 'a'],
      [' at', 'b'],
      [' Torkham reopened on Monday.', ''],
    ]);
  });

  it('cuts right-to-left text at the same logical offsets, within a paragraph that starts later in the body', () => {
    const urdu = 'طورخم سرحد پیر کو کھول دی گئی۔';
    const start = 100; // the paragraph's place in the body
    const at = urdu.indexOf('سرحد');
    const segments = highlightSegments(urdu, start, [span('h', start + at, start + at + 'سرحد'.length)]);
    expect(segments.map((s) => s.text)).toEqual(['طورخم ', 'سرحد', ' پیر کو کھول دی گئی۔']);
    expect(segments[1]).toMatchObject({ start: start + at, end: start + at + 4 });
    expect(segments.map((s) => s.text).join('')).toBe(urdu);
  });

  it('ignores highlights outside the paragraph and clips those running past it', () => {
    expect(pieces('abcdef', 10, [span('before', 0, 5), span('across', 8, 12)])).toEqual([
      ['ab', 'across'],
      ['cdef', ''],
    ]);
  });
});

describe('highlight colours', () => {
  const tag = (id: string, colour: string) => ({ id, colour }) as Tag;
  const tags = new Map([
    ['t1', tag('t1', '#d62728')],
    ['t2', tag('t2', '#1f77b4')],
  ]);

  it('takes the highlight’s own colour, else its first known tag’s, else the default', () => {
    expect(highlightColour({ colour: '#00ff00', tag_ids: ['t1'] }, tags)).toBe('#00ff00');
    expect(highlightColour({ colour: null, tag_ids: ['gone', 't2', 't1'] }, tags)).toBe('#1f77b4');
    expect(highlightColour({ colour: null, tag_ids: [] }, tags)).toBe('#f2c94c');
  });

  it('leaves orphans out of what is drawn', () => {
    const a = (id: string, status: Annotation['status']) => ({ id, start: 0, end: 3, colour: null, tag_ids: [], status }) as unknown as Annotation;
    expect(highlightSpans([a('x', 'anchored'), a('y', 'orphaned'), a('z', 'moved')], tags).map((s) => s.id)).toEqual(['x', 'z']);
  });
});
