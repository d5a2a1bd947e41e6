import type { ComparedStatement } from '../../../shared/domain/compare';

export interface ThreadedStatement {
  statement: ComparedStatement;
  /** 1 when it answers a statement listed just above it in the same cell. */
  depth: 0 | 1;
}

/**
 * The cell's statements newest first, except that an answer to a statement in the same cell
 * follows that statement (indented), so the two read as a pair.
 */
export function statementThreads(statements: readonly ComparedStatement[]): ThreadedStatement[] {
  const here = new Set(statements.map((s) => s.id));
  const answers = new Map<string, ComparedStatement[]>();
  for (const s of statements) {
    if (s.responds_to && s.responds_to !== s.id && here.has(s.responds_to)) {
      answers.set(s.responds_to, [...(answers.get(s.responds_to) ?? []), s]);
    }
  }
  const threaded: ThreadedStatement[] = [];
  const placed = new Set<string>();
  const place = (s: ComparedStatement, depth: 0 | 1) => {
    if (placed.has(s.id)) return;
    placed.add(s.id);
    threaded.push({ statement: s, depth });
    for (const answer of answers.get(s.id) ?? []) place(answer, 1);
  };
  for (const s of statements) {
    const answersSomethingHere = s.responds_to !== null && s.responds_to !== s.id && here.has(s.responds_to);
    if (!answersSomethingHere) place(s, 0);
  }
  // Answers whose chain loops back on itself have no root above; keep them, in order.
  for (const s of statements) place(s, 0);
  return threaded;
}

/** Every statement the matrix shows, by id, and who answered each; for "responds to" links. */
export interface PairIndex {
  byId: Map<string, ComparedStatement>;
  answeredBy: Map<string, ComparedStatement[]>;
}

/** One empty list for every statement nobody answered, so a memoised item sees no change. */
export const NO_ANSWERS: readonly ComparedStatement[] = [];

export function pairIndex(lists: Iterable<readonly ComparedStatement[]>): PairIndex {
  const byId = new Map<string, ComparedStatement>();
  const answeredBy = new Map<string, ComparedStatement[]>();
  for (const list of lists) {
    for (const s of list) {
      if (byId.has(s.id)) continue;
      byId.set(s.id, s);
      if (s.responds_to) answeredBy.set(s.responds_to, [...(answeredBy.get(s.responds_to) ?? []), s]);
    }
  }
  return { byId, answeredBy };
}
