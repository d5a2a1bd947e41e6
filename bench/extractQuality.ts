/**
 * npm run bench:extract: precision, recall and F1 of the statement extractor on the labelled
 * evaluation set, for quotation spans, speakers and sides, direct and reported separately; the
 * held-out articles (never tuned on) are also scored on their own. Writes
 * bench/extract-results.json. `--misses` also lists every miss.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, formatTable, loadActorIndex, loadEvaluationSet, type EvaluationResult } from './extractEvaluation.js';

const articles = loadEvaluationSet();
const actors = loadActorIndex();
const sets: [string, EvaluationResult][] = [
  ['All articles', evaluate(articles, actors)],
  ['Held-out articles only', evaluate(articles.filter((a) => a.heldOut), actors)],
];
for (const [title, result] of sets) {
  console.log(`${formatTable(title, result)}\n`);
  if (process.argv.includes('--misses') && title === 'All articles') {
    for (const m of result.misses) console.log(`${m.problem.padEnd(13)} ${m.kind.padEnd(8)} ${m.file}: ${m.text}${m.detail ? `  [${m.detail}]` : ''}`);
    console.log('');
  }
}
const out = fileURLToPath(new URL('extract-results.json', import.meta.url));
const figures = Object.fromEntries(sets.map(([title, { misses, ...rest }]) => [title === 'All articles' ? 'all' : 'heldOut', { ...rest, misses: misses.length }]));
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`written ${out}`);
