import { describe, expect, it } from 'vitest';
import { reanchor, type Reanchored } from '../../../shared/anchoring/index.js';
import { buildCorpus, type Expected } from '../../fixtures/anchoring/corpus.js';

type Verdict = 'correct' | 'orphaned' | 'misplaced';

/** Correct: the expected span, or an orphan where one is expected. Orphaned: lost something findable. Misplaced: any other span. */
function judge(expected: Expected, result: Reanchored): Verdict {
  if (result.status === 'orphaned') return 'orphan' in expected ? 'correct' : 'orphaned';
  if ('orphan' in expected) return 'misplaced';
  return result.start === expected.start && result.end === expected.end ? 'correct' : 'misplaced';
}

describe('anchoring corpus', () => {
  const corpus = buildCorpus();

  it('spans every kind of edit with at least 150 labelled cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const category of ['insert-before', 'insert-after', 'insert-inside', 'typo-fix', 'words-changed', 'paragraph-moved', 'sentence-duplicated', 'quote-deleted']) {
      expect(corpus.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(9);
    }
    expect(corpus.filter((c) => 'orphan' in c.expected).length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it('labels places that hold the highlighted words when the edits left them alone', () => {
    const untouching = ['insert-before', 'paragraph-moved', 'sentence-duplicated'];
    for (const c of corpus) {
      if ('orphan' in c.expected) continue;
      const now = c.newBody.slice(c.expected.start, c.expected.end);
      if (untouching.includes(c.category)) expect(now, c.id).toBe(c.anchor.quote.exact);
      // No lone surrogate: a span never cuts an emoji in half.
      expect(/\p{Cs}/u.test(now) || now.trim() === '', c.id).toBe(false);
    }
  });

  it('re-anchors at least 95% correctly and misplaces none', () => {
    const verdicts = corpus.map((c) => ({ id: c.id, verdict: judge(c.expected, reanchor(c.anchor, c.newBody)) }));
    const count = (v: Verdict) => verdicts.filter((x) => x.verdict === v).length;
    const share = (v: Verdict) => ((100 * count(v)) / corpus.length).toFixed(1);
    console.info(`anchoring corpus: ${corpus.length} cases, ${share('correct')}% correct, ${share('orphaned')}% orphaned, ${count('misplaced')} misplaced`);
    expect(verdicts.filter((x) => x.verdict === 'misplaced')).toEqual([]);
    expect(count('correct') / corpus.length).toBeGreaterThanOrEqual(0.95);
  });
});
