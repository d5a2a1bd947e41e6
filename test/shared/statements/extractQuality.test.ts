import { describe, expect, it } from 'vitest';
import { evaluate, formatTable, loadActorIndex, loadEvaluationSet } from '../../../bench/extractEvaluation.js';

// A collapse guard, not the benchmark: `npm run bench:extract` prints and records the figures
// (bench/extract-results.json); this only fails when quality falls far below them.
describe('statement extraction on the labelled evaluation set', () => {
  const articles = loadEvaluationSet();
  const result = evaluate(articles, loadActorIndex());
  console.log(formatTable('Statement extraction (collapse guard)', result));

  it('holds at least 10 articles and 100 labelled statements, some in Urdu, Pashto or Dari', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(result.statements).toBeGreaterThanOrEqual(100);
    expect(articles.filter((a) => /[\u0600-\u06FF]/.test(a.body.slice(0, 200))).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps F1 for direct quotations with the right speaker at 0.8 or more', () => {
    expect(result.direct.speaker.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps F1 for reported speech with the right speaker at 0.6 or more', () => {
    expect(result.reported.speaker.f1).toBeGreaterThanOrEqual(0.6);
  });
});
