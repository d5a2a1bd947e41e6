import type { z } from 'zod';
import type {
  Statement,
  Suggestion,
  SuggestionAcceptAllInput,
  SuggestionAcceptInput,
  SuggestionRejectInput,
} from '../../../shared/domain/statement.js';
import type { ActorIndex } from '../../../shared/statements/actorIndex.js';
import { extractStatements } from '../../../shared/statements/extract.js';
import { resolveSaidOn } from '../../../shared/text/saidOn.js';
import { AppError } from '../errors.js';
import type { ActorRepo } from '../repos/actorRepo.js';
import type { AnnotationRepo } from '../repos/annotationRepo.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import type { SideRepo } from '../repos/sideRepo.js';
import type { StatementRepo } from '../repos/statementRepo.js';
import type { AnnotationService } from './annotationService.js';
import type { StatementService } from './statementService.js';

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** What suggesting needs of an article (a stored one, or one read from a file and not stored). */
export interface SuggestableArticle {
  id: string;
  body: string;
  language: string;
  published_at: string | null;
}

/** An actor's side in the registry (it may be a side the analyst added), and whether a side id exists. */
export interface SideLookup {
  ofActor(actorId: string): string | null;
  exists(sideId: string): boolean;
}

export function sideLookup(actors: ActorRepo, sides: SideRepo): SideLookup {
  const sideOfActor = new Map(actors.list().map((a) => [a.id, a.side_id]));
  return { ofActor: (id) => sideOfActor.get(id) ?? null, exists: (id) => sides.get(id) !== undefined };
}

/** Every statement the extractor finds in the article, with side ids and the day each was said. */
export function suggestionsIn(article: SuggestableArticle, index: ActorIndex, sides: SideLookup): Suggestion[] {
  return extractStatements(article.body, index, { language: article.language }).map((s) => ({
    article_id: article.id,
    start: s.start,
    end: s.end,
    quote: s.quote,
    kind: s.kind,
    speaker_mention: s.speakerMention,
    actor_id: s.actorId,
    speaker: s.speaker,
    side_id: s.actorId !== null ? sides.ofActor(s.actorId) : s.side !== null && sides.exists(s.side) ? s.side : null,
    confidence: s.confidence,
    said_on: resolveSaidOn(article.body, s, article.published_at),
  }));
}

export interface SuggestionDeps {
  articles: ArticleRepo;
  annotations: AnnotationRepo;
  statements: StatementRepo;
  actors: ActorRepo;
  sides: SideRepo;
  highlights: AnnotationService;
  statementService: StatementService;
  actorIndex: () => ActorIndex;
}

/**
 * Machine-found statements: the extractor run on an article's text with the registry's actors,
 * less what the analyst already recorded or rejected. Accepting stores a highlight and its statement.
 */
export function suggestionService(deps: SuggestionDeps) {
  const { articles, annotations, statements, actors, sides } = deps;

  function mustGetArticle(id: string) {
    const article = articles.get(id);
    if (!article) throw new AppError('not_found', `No article with id ${id}.`, 'article_id');
    return article;
  }

  function list(articleId: string): Suggestion[] {
    const article = mustGetArticle(articleId);
    // The article's highlights in one query, kept where a statement records them.
    const stated = new Set(statements.listForArticle(articleId).map((s) => s.annotation_id));
    const recorded: Span[] = annotations
      .listForArticle(articleId)
      .filter((a) => stated.has(a.id) && a.status !== 'orphaned');
    const rejected = new Set(statements.rejections(articleId).map((r) => `${r.start}:${r.end}`));
    return suggestionsIn(article, deps.actorIndex(), sideLookup(actors, sides)).filter(
      (s) => !rejected.has(`${s.start}:${s.end}`) && !recorded.some((r) => overlaps(r, s)),
    );
  }

  function accept(input: z.output<typeof SuggestionAcceptInput>): Statement {
    mustGetArticle(input.article_id);
    const highlight = deps.highlights.create({
      article_id: input.article_id,
      start: input.start,
      end: input.end,
      tag_ids: input.tag_ids,
      note: '',
      colour: null,
    });
    return deps.statementService.create({
      annotation_id: highlight.id,
      actor_id: input.actor_id,
      speaker_text: input.speaker_text,
      side_id: input.side_id,
      kind: input.kind,
      stance: input.stance,
      said_on: input.said_on,
      responds_to: null,
    });
  }

  return {
    list,
    accept,

    reject({ article_id, start, end }: z.output<typeof SuggestionRejectInput>, now = new Date()) {
      const { body } = mustGetArticle(article_id);
      if (end <= start) throw new AppError('invalid_input', 'The end must be after the start.', 'end');
      if (end > body.length) throw new AppError('invalid_input', `The article is only ${body.length} characters long.`, 'end');
      statements.reject({ article_id, start, end, quote: body.slice(start, end), rejected_at: now.toISOString() });
      return { article_id, start, end };
    },

    /** Every suggestion at or above the confidence that names a speaker; one overlapping an accepted one is left. */
    acceptAll({ article_id, min_confidence, tag_ids }: z.output<typeof SuggestionAcceptAllInput>): { accepted: Statement[] } {
      const accepted: Statement[] = [];
      const taken: Span[] = [];
      for (const s of list(article_id)) {
        if (s.confidence < min_confidence || s.speaker === null || taken.some((t) => overlaps(t, s))) continue;
        taken.push(s);
        accepted.push(
          accept({
            article_id, start: s.start, end: s.end, kind: s.kind, tag_ids, stance: null,
            actor_id: s.actor_id,
            speaker_text: s.actor_id ? null : s.speaker,
            side_id: s.side_id,
            said_on: s.said_on,
          }),
        );
      }
      return { accepted };
    },
  };
}
