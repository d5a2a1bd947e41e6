import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildActorIndex, type ActorIndex } from '../shared/statements/actorIndex.js';
import { extractStatements, type Suggestion } from '../shared/statements/extract.js';
import { parseGazetteer, Side } from '../shared/statements/gazetteer.js';
import { foldName } from '../shared/statements/names.js';
import { canonicalBody } from '../shared/text/normalize.js';

/**
 * Scores the statement extractor against the labelled evaluation set in
 * test/fixtures/statements/ (see its README for the labelling rules). Shared by the benchmark
 * (npm run bench:extract) and the collapse guard test.
 */

const ROOT = new URL('../', import.meta.url);
const SET_DIR = new URL('test/fixtures/statements/', ROOT);
export const GAZETTEER_FILE = fileURLToPath(new URL('resources/gazetteer/actors.json', ROOT));

const LabelledStatement = z
  .object({
    quote: z.string().min(1),
    occurrence: z.number().int().min(0).optional(),
    kind: z.enum(['direct', 'reported']),
    actorId: z.string().optional(),
    mention: z.string().optional(),
    side: Side.nullable(),
  })
  .strict()
  .refine((s) => (s.actorId === undefined) !== (s.mention === undefined), 'give exactly one of actorId and mention');

const Labels = z.object({
  version: z.literal(1),
  articles: z
    .array(
      z
        .object({
          file: z.string(),
          /** Written and labelled after the extractor was tuned, and never tuned on. */
          heldOut: z.boolean().optional(),
          statements: z.array(LabelledStatement).min(1),
        })
        .strict(),
    )
    .min(1),
});

export interface GoldStatement {
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  actorId: string | null;
  mention: string | null;
  side: Side | null;
}

export interface EvaluationArticle {
  file: string;
  heldOut: boolean;
  body: string;
  gold: GoldStatement[];
}

/** The articles (canonical bodies, as stored on import) with their labels turned into offsets. */
export function loadEvaluationSet(): EvaluationArticle[] {
  const labels = Labels.parse(JSON.parse(readFileSync(new URL('labels.json', SET_DIR), 'utf8')));
  return labels.articles.map(({ file, heldOut, statements }) => {
    const body = canonicalBody(readFileSync(new URL(file, SET_DIR), 'utf8'));
    const gold = statements.map((s) => {
      let start = -1;
      for (let n = 0; n <= (s.occurrence ?? 0); n++) {
        start = body.indexOf(s.quote, start + 1);
        if (start < 0) throw new Error(`${file}: labelled quote not found (occurrence ${s.occurrence ?? 0}): ${s.quote}`);
      }
      return { start, end: start + s.quote.length, kind: s.kind, actorId: s.actorId ?? null, mention: s.mention ?? null, side: s.side };
    });
    return { file, heldOut: heldOut ?? false, body, gold };
  });
}

export function loadActorIndex(): ActorIndex {
  return buildActorIndex(parseGazetteer(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8'))).actors);
}

// ---- scoring ----

/** Spans are compared without edge punctuation and quote marks, which labellers place differently. */
function trimmed(body: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s\p{P}]/u.test(body[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(body[end - 1]!)) end--;
  return { start, end };
}

/** Overlap over union of two spans: 1 for the same words, 0 for disjoint ones. */
export function overlap(body: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [x, y] = [trimmed(body, a), trimmed(body, b)];
  const shared = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  const union = Math.max(x.end, y.end) - Math.min(x.start, y.start);
  return shared > 0 && union > 0 ? shared / union : 0;
}

export const MIN_OVERLAP = 0.8;

/**
 * A suggestion names the labelled speaker when it resolves to the same actor; for a speaker the
 * gazetteer does not know, when its name contains the labelled words and is not much longer.
 */
export function sameSpeaker(gold: GoldStatement, suggestion: Suggestion): boolean {
  if (gold.actorId !== null) return suggestion.actorId === gold.actorId;
  if (suggestion.actorId !== null || suggestion.speaker === null || gold.mention === null) return false;
  const [expected, found] = [foldName(gold.mention), foldName(suggestion.speaker)];
  const [expectedWords, foundWords] = [expected.split(' ').length, found.split(' ').length];
  return ` ${found} `.includes(` ${expected} `) && foundWords <= Math.max(2 * expectedWords, expectedWords + 4);
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
}

export interface KindScores {
  gold: number;
  predicted: number;
  span: Score;
  speaker: Score;
  side: Score;
}

export interface Miss {
  file: string;
  kind: 'direct' | 'reported';
  problem: 'missed' | 'spurious' | 'wrong speaker' | 'wrong side';
  text: string;
  detail?: string;
}

export interface EvaluationResult {
  articles: number;
  statements: number;
  direct: KindScores;
  reported: KindScores;
  all: KindScores;
  misses: Miss[];
}

function score(correct: number, predicted: number, gold: number): Score {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), correct };
}

interface Tally {
  gold: number;
  predicted: number;
  span: number;
  speaker: number;
  side: number;
}

const emptyTally = (): Tally => ({ gold: 0, predicted: 0, span: 0, speaker: 0, side: 0 });

function scoresOf(t: Tally): KindScores {
  return {
    gold: t.gold,
    predicted: t.predicted,
    span: score(t.span, t.predicted, t.gold),
    speaker: score(t.speaker, t.predicted, t.gold),
    side: score(t.side, t.predicted, t.gold),
  };
}

/** Run the extractor over every article and score it, direct and reported separately. */
export function evaluate(articles: readonly EvaluationArticle[], actors: ActorIndex): EvaluationResult {
  const tallies = { direct: emptyTally(), reported: emptyTally() };
  const misses: Miss[] = [];
  for (const article of articles) {
    const suggestions = extractStatements(article.body, actors);
    for (const kind of ['direct', 'reported'] as const) {
      const gold = article.gold.filter((g) => g.kind === kind);
      const found = suggestions.filter((s) => s.kind === kind);
      const tally = tallies[kind];
      tally.gold += gold.length;
      tally.predicted += found.length;
      // Best overlaps first, each labelled statement and suggestion used once.
      const pairs = gold
        .flatMap((g, gi) => found.map((s, si) => ({ gi, si, o: overlap(article.body, g, s) })))
        .filter((p) => p.o >= MIN_OVERLAP)
        .sort((a, b) => b.o - a.o);
      const [usedGold, usedFound] = [new Set<number>(), new Set<number>()];
      for (const { gi, si } of pairs) {
        if (usedGold.has(gi) || usedFound.has(si)) continue;
        usedGold.add(gi);
        usedFound.add(si);
        const [g, s] = [gold[gi]!, found[si]!];
        tally.span++;
        const text = article.body.slice(g.start, g.end).slice(0, 70);
        if (sameSpeaker(g, s)) tally.speaker++;
        else misses.push({ file: article.file, kind, problem: 'wrong speaker', text, detail: `expected ${g.actorId ?? g.mention}, got ${s.actorId ?? s.speaker}` });
        if (s.side === g.side) tally.side++;
        else misses.push({ file: article.file, kind, problem: 'wrong side', text, detail: `expected ${g.side}, got ${s.side}` });
      }
      gold.forEach((g, gi) => {
        if (!usedGold.has(gi)) misses.push({ file: article.file, kind, problem: 'missed', text: article.body.slice(g.start, g.end).slice(0, 90) });
      });
      found.forEach((s, si) => {
        if (!usedFound.has(si)) misses.push({ file: article.file, kind, problem: 'spurious', text: s.quote.slice(0, 90), detail: `speaker ${s.speaker}` });
      });
    }
  }
  const all: Tally = emptyTally();
  for (const t of Object.values(tallies)) for (const key of Object.keys(all) as (keyof Tally)[]) all[key] += t[key];
  return {
    articles: articles.length,
    statements: all.gold,
    direct: scoresOf(tallies.direct),
    reported: scoresOf(tallies.reported),
    all: scoresOf(all),
    misses,
  };
}

/** The figures as a plain-text table. */
export function formatTable(title: string, result: EvaluationResult): string {
  const rows: string[] = [
    `${title}: ${result.articles} articles, ${result.statements} labelled statements (span match: overlap >= ${MIN_OVERLAP})`,
    '',
    'kind      level     gold  found  correct  precision  recall     F1',
  ];
  for (const kind of ['direct', 'reported', 'all'] as const) {
    const k = result[kind];
    for (const level of ['span', 'speaker', 'side'] as const) {
      const s = k[level];
      rows.push(
        `${kind.padEnd(9)} ${level.padEnd(8)} ${String(k.gold).padStart(5)} ${String(k.predicted).padStart(6)} ${String(s.correct).padStart(8)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}`,
      );
    }
  }
  return rows.join('\n');
}
