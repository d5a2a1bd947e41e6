import { describe, expect, it } from 'vitest';
import { pairIndex, statementThreads } from '../../../../renderer/features/compare/statementThreads';
import type { ComparedStatement } from '../../../../shared/domain/compare';

const statement = (id: string, responds_to: string | null = null): ComparedStatement => ({
  id,
  article_id: 'a',
  annotation_id: `h-${id}`,
  quote: `quote ${id}`,
  speaker: `speaker ${id}`,
  role: null,
  side_id: 'pakistan',
  said_on: null,
  outlet: null,
  article_title: 't',
  url: null,
  kind: 'direct',
  stance: null,
  responds_to,
  language: 'en',
});

describe('statement threads', () => {
  it('puts an answer right after what it answers in the same cell, indented', () => {
    const list = [statement('d', 'b'), statement('c'), statement('b'), statement('a')];
    expect(statementThreads(list).map((t) => [t.statement.id, t.depth])).toEqual([
      ['c', 0],
      ['b', 0],
      ['d', 1],
      ['a', 0],
    ]);
  });

  it('leaves answers to statements elsewhere in place, and survives a loop', () => {
    expect(statementThreads([statement('x', 'elsewhere'), statement('y')]).map((t) => t.statement.id)).toEqual(['x', 'y']);
    expect(statementThreads([statement('p', 'q'), statement('q', 'p')]).map((t) => t.statement.id).sort()).toEqual(['p', 'q']);
  });

  it('indexes who answered what across cells', () => {
    const pairs = pairIndex([[statement('a')], [statement('b', 'a'), statement('c', 'a')]]);
    expect(pairs.answeredBy.get('a')!.map((s) => s.id)).toEqual(['b', 'c']);
    expect(pairs.byId.get('b')!.responds_to).toBe('a');
  });
});
