import type { z } from 'zod';
import type { CitationStatus, CiteInput, ComparisonSnapshot, QuoteSnapshot } from '../../../shared/domain/briefing.js';
import type { ComparedStatement } from '../../../shared/domain/compare.js';
import { detectLanguage, directionOf } from '../../../shared/text/language.js';
import { AppError } from '../errors.js';
import type { AnnotationRepo } from '../repos/annotationRepo.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import type { CompareRepo } from '../repos/compareRepo.js';
import type { SideRepo } from '../repos/sideRepo.js';
import { type CompareService, UNTAGGED_TOPIC } from './compareService.js';

type Status = z.infer<typeof CitationStatus>;
type CompareCite = Extract<z.output<typeof CiteInput>, { kind: 'compare' }>;
export type QuoteTarget = { type: 'statement' | 'annotation'; id: string };

/**
 * The quote's language: its own script's when that reads in another direction than the
 * article's (an Urdu quotation in an English article), else the article's, which knows Urdu
 * from Pashto better than a short quote does.
 */
function quoteLanguage(quote: string, articleLanguage: string): { language: string; direction: 'ltr' | 'rtl' } {
  const own = detectLanguage(quote);
  const language = own !== 'und' && directionOf(own) !== directionOf(articleLanguage) ? own : articleLanguage;
  return { language, direction: directionOf(language) };
}

/** What a reader of the note sees change: the words, who said them, for which side, when. */
const sameReading = (a: QuoteSnapshot, b: QuoteSnapshot) =>
  a.quote === b.quote && a.speaker === b.speaker && a.side_id === b.side_id && a.said_on === b.said_on;

/**
 * Citations' snapshots of statements, highlights and a topic's comparison, and whether what was
 * cited still reads as it did (current, changed or deleted).
 */
export function citationService(deps: {
  compare: CompareRepo;
  compareService: CompareService;
  annotations: AnnotationRepo;
  articles: ArticleRepo;
  sides: SideRepo;
}) {
  const sideName = (id: string | null) => (id ? (deps.sides.get(id)?.name ?? null) : null);

  function fromStatement(statement: ComparedStatement): QuoteSnapshot {
    return {
      quote: statement.quote,
      speaker: statement.speaker || null,
      role: statement.role,
      side_id: statement.side_id,
      side: sideName(statement.side_id),
      said_on: statement.said_on,
      outlet: statement.outlet,
      article_title: statement.article_title,
      url: statement.url,
      ...quoteLanguage(statement.quote, statement.language),
    };
  }

  /** The quotation as it reads now, or undefined when the statement or highlight is gone. */
  function currentQuote(target: QuoteTarget): QuoteSnapshot | undefined {
    if (target.type === 'statement') {
      const statement = deps.compare.statement(target.id);
      return statement && fromStatement(statement);
    }
    const highlight = deps.annotations.get(target.id);
    const article = highlight && deps.articles.get(highlight.article_id);
    if (!highlight || !article) return undefined;
    return {
      quote: highlight.exact,
      speaker: null,
      role: null,
      side_id: null,
      side: null,
      said_on: article.published_at?.slice(0, 10) ?? null,
      outlet: article.outlet,
      article_title: article.title,
      url: article.url,
      ...quoteLanguage(highlight.exact, article.language),
    };
  }

  /** The comparison's statements as they read now, by id, in one query (deleted ones are missing). */
  function currentStatements(cited: ComparisonSnapshot): Map<string, QuoteSnapshot> {
    const found = deps.compare.statements(cited.sides.flatMap((side) => side.statements.map((s) => s.statement_id)));
    return new Map([...found].map(([id, statement]) => [id, fromStatement(statement)]));
  }

  function topicName(topicId: string): string | undefined {
    if (topicId === UNTAGGED_TOPIC) return 'Untagged';
    return deps.compare.topics().find((topic) => topic.id === topicId)?.name;
  }

  return {
    currentQuote,

    quote(target: QuoteTarget): QuoteSnapshot {
      const snapshot = currentQuote(target);
      if (!snapshot) {
        const what = target.type === 'statement' ? 'statement' : 'highlight';
        throw new AppError('not_found', `No ${what} with id ${target.id}.`, 'target.id');
      }
      return snapshot;
    },

    /** The topic's row of the comparison: both sides' newest statements (per_side each) and summaries. */
    comparison({ topic_id, sides, filters, per_side }: CompareCite): ComparisonSnapshot {
      const topic = topicName(topic_id);
      if (topic === undefined) {
        throw new AppError('not_found', `No topic with id “${topic_id}”: a topic is a top-level tag, or '' for untagged.`, 'topic_id');
      }
      const matrix = deps.compareService.matrix({ sides, filters: { ...filters, topics: [topic_id] }, per_cell: per_side });
      const row = matrix.rows.find((r) => r.topic_id === topic_id);
      const summaries = deps.compare.summaries(matrix.sides);
      return {
        topic_id,
        topic,
        sides: matrix.sides.map((sideId) => {
          const side = deps.sides.get(sideId)!;
          const cell = row?.cells.find((c) => c.side_id === sideId);
          return {
            side_id: sideId,
            name: side.name,
            colour: side.colour,
            summary: summaries.find((s) => s.topic_id === topic_id && s.side_id === sideId)?.body ?? '',
            statements: (cell?.statements ?? []).map((s) => ({ ...fromStatement(s), statement_id: s.id })),
          };
        }),
      };
    },

    /**
     * The comparison brought up to date for the analyst who asked for it: the same statements,
     * each as it reads now (those deleted since are left out), today's summaries and topic name.
     */
    refreshedComparison(cited: ComparisonSnapshot): ComparisonSnapshot {
      const topic = topicName(cited.topic_id);
      if (topic === undefined) throw new AppError('conflict', `The topic “${cited.topic}” has been deleted; the citation keeps its snapshot.`);
      const summaries = deps.compare.summaries([cited.sides[0]!.side_id, cited.sides[1]!.side_id]);
      const current = currentStatements(cited);
      return {
        ...cited,
        topic,
        sides: cited.sides.map((side) => ({
          ...side,
          name: sideName(side.side_id) ?? side.name,
          summary: summaries.find((s) => s.topic_id === cited.topic_id && s.side_id === side.side_id)?.body ?? '',
          statements: side.statements.flatMap((s) => {
            const now = current.get(s.statement_id);
            return now ? [{ ...now, statement_id: s.statement_id }] : [];
          }),
        })),
      };
    },

    quoteStatus(target: QuoteTarget, cited: QuoteSnapshot): Status {
      const now = currentQuote(target);
      if (!now) return 'deleted';
      return sameReading(now, cited) ? 'current' : 'changed';
    },

    /** Changed when any statement it shows was edited or deleted since. */
    comparisonStatus(cited: ComparisonSnapshot): Status {
      const current = currentStatements(cited);
      const stale = cited.sides.some((side) =>
        side.statements.some((s) => {
          const now = current.get(s.statement_id);
          return !now || !sameReading(now, s);
        }),
      );
      return stale ? 'changed' : 'current';
    },
  };
}
export type CitationService = ReturnType<typeof citationService>;
