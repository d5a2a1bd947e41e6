import { describe, expect, it } from 'vitest';
import { segmentText, type TextMark } from '../../../../renderer/features/reader/textMarks';

const mark = (id: string, start: number, end: number): TextMark => ({ id, start, end, className: 'm' });
const pieces = (from: number, to: number, marks: TextMark[]) =>
  segmentText(from, to, marks).map((s) => [s.start, s.end, s.marks.map((m) => m.id).join('>')]);

describe('segmentText', () => {
  it('returns the whole range as one unmarked piece when no mark touches it', () => {
    expect(pieces(10, 20, [mark('a', 0, 5), mark('b', 20, 25)])).toEqual([[10, 20, '']]);
  });

  it('cuts the range at the edges of each mark', () => {
    expect(pieces(0, 20, [mark('a', 2, 5), mark('b', 10, 12)])).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 10, ''],
      [10, 12, 'b'],
      [12, 20, ''],
    ]);
  });

  it('clips a mark that runs past the range, as one crossing a paragraph break', () => {
    expect(pieces(10, 20, [mark('a', 5, 12), mark('b', 18, 30)])).toEqual([
      [10, 12, 'a'],
      [12, 18, ''],
      [18, 20, 'b'],
    ]);
  });

  it('nests overlapping marks, the one starting first outermost', () => {
    expect(pieces(0, 10, [mark('inner', 4, 6), mark('outer', 2, 8)])).toEqual([
      [0, 2, ''],
      [2, 4, 'outer'],
      [4, 6, 'outer>inner'],
      [6, 8, 'outer'],
      [8, 10, ''],
    ]);
  });

  it('ignores empty marks', () => {
    expect(pieces(0, 5, [mark('a', 3, 3)])).toEqual([[0, 5, '']]);
  });
});
