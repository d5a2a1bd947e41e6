import type { z } from 'zod';
import type {
  CompareCellInput,
  CompareCellPage,
  CompareFilters,
  CompareMatrix,
  CompareMatrixInput,
  SummarySetInput,
  Timeline,
  TimelineInput,
} from '../../../shared/domain/compare.js';
import { parseSearchQuery, SearchQueryError, toFtsMatch } from '../../../shared/search/query.js';
import { AppError } from '../errors.js';
import type { CompareRepo, StatementQuery } from '../repos/compareRepo.js';

/** The row of statements whose highlight carries no tag. */
export const UNTAGGED_TOPIC = '';
const UNTAGGED_NAME = 'Untagged';

type Filters = z.output<typeof CompareFilters>;
type Sides = [string, string];

/** The filters as the repository takes them; the text in the library's search syntax. */
function statementQuery(filters: Filters): StatementQuery {
  let textMatch: string | undefined;
  if (filters.text) {
    try {
      textMatch = toFtsMatch(parseSearchQuery(filters.text));
    } catch (error) {
      if (error instanceof SearchQueryError) throw new AppError('invalid_input', error.message, 'filters.text');
      throw error;
    }
  }
  return {
    from: filters.from?.slice(0, 10),
    to: filters.to?.slice(0, 10),
    actorIds: filters.actor_ids,
    outlets: filters.outlets,
    kinds: filters.kinds,
    stances: filters.stances,
    textMatch,
  };
}

/** The comparison: statements by topic (top-level tag) and side, with the analyst's summaries. */
export function compareService(repo: CompareRepo) {
  function knownSides(): string[] {
    return repo.sideIds();
  }

  /** The sides asked for, else the 'compare.sides' setting (else the first two sides). */
  function chooseSides(asked: Sides | undefined): Sides {
    const known = knownSides();
    if (asked) {
      const unknown = asked.find((id) => !known.includes(id));
      if (unknown !== undefined) {
        throw new AppError('not_found', `No side “${unknown}”; the sides are ${known.join(', ')}.`, 'sides');
      }
      return asked;
    }
    const saved = repo.setting('compare.sides');
    if (Array.isArray(saved) && saved.length === 2 && saved.every((id) => known.includes(id as string))) return saved as Sides;
    return [known[0] ?? 'pakistan', known[1] ?? known[0] ?? 'afghanistan'];
  }

  function mustBeSide(id: string, field: string): void {
    if (!knownSides().includes(id)) {
      throw new AppError('not_found', `No side “${id}”; the sides are ${knownSides().join(', ')}.`, field);
    }
  }

  /** Every topic in codebook order, Untagged last. */
  function allTopics(): { id: string; name: string; colour: string | null }[] {
    return [...repo.topics(), { id: UNTAGGED_TOPIC, name: UNTAGGED_NAME, colour: null }];
  }

  function mustBeTopic(id: string, field: string): void {
    if (!allTopics().some((topic) => topic.id === id)) {
      throw new AppError('not_found', `No topic with id “${id}”: a topic is a top-level tag, or '' for untagged.`, field);
    }
  }

  /** The topics the filters keep (all when they name none). */
  function chosenTopics(filters: Filters) {
    const topics = allTopics();
    if (!filters.topics?.length) return topics;
    filters.topics.forEach((id) => mustBeTopic(id, 'filters.topics'));
    return topics.filter((topic) => filters.topics!.includes(topic.id));
  }

  return {
    chooseSides,

    matrix({ sides: asked, filters, per_cell }: z.output<typeof CompareMatrixInput>): CompareMatrix {
      const sides = chooseSides(asked);
      const topics = chosenTopics(filters);
      const query = repo.matchText(statementQuery(filters));
      const counts = new Map<string, number>();
      for (const row of repo.counts(topics.map((t) => t.id), sides, query)) counts.set(`${row.topic_id}\n${row.side_id}`, row.count);
      const summaries = new Map(repo.summaries(sides).map((s) => [`${s.topic_id}\n${s.side_id}`, s.body]));
      const rows = topics
        .filter((topic) => sides.some((side) => counts.has(`${topic.id}\n${side}`)))
        .map((topic) => ({
          topic_id: topic.id,
          topic: topic.name,
          colour: topic.colour,
          cells: sides.map((side) => {
            const count = counts.get(`${topic.id}\n${side}`) ?? 0;
            return {
              side_id: side,
              count,
              statements: count > 0 && per_cell > 0 ? repo.cell(topic.id, side, query, 0, per_cell) : [],
              summary: summaries.get(`${topic.id}\n${side}`) ?? '',
            };
          }),
        }));
      const total = repo.total(sides, filters.topics?.length ? topics.map((t) => t.id) : undefined, query);
      return { sides, rows, total };
    },

    cell({ topic_id, side_id, filters, offset, limit }: z.output<typeof CompareCellInput>): z.infer<typeof CompareCellPage> {
      mustBeTopic(topic_id, 'topic_id');
      mustBeSide(side_id, 'side_id');
      const query = repo.matchText(statementQuery(filters));
      const total = repo.counts([topic_id], [side_id], query)[0]?.count ?? 0;
      return { total, statements: total > offset ? repo.cell(topic_id, side_id, query, offset, limit) : [] };
    },

    timeline({ sides: asked, filters, bucket }: z.output<typeof TimelineInput>): z.infer<typeof Timeline> {
      const sides = chooseSides(asked);
      const topics = filters.topics?.length ? chosenTopics(filters).map((t) => t.id) : undefined;
      return { bucket, points: repo.timeline(sides, topics, repo.matchText(statementQuery(filters)), bucket) };
    },

    /** Saves the summary of a side's position on a topic; an empty one is removed. */
    setSummary({ topic_id, side_id, body }: z.output<typeof SummarySetInput>, now: Date = new Date()) {
      mustBeTopic(topic_id, 'topic_id');
      mustBeSide(side_id, 'side_id');
      const text = body.trim();
      if (text) repo.setSummary(topic_id, side_id, text, now.toISOString());
      else repo.deleteSummary(topic_id, side_id);
      return { topic_id, side_id, body: text };
    },
  };
}
export type CompareService = ReturnType<typeof compareService>;
