import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Statement, StatementCreateInput, StatementUpdateInput } from '../../../shared/domain/statement.js';
import { resolveSaidOn } from '../../../shared/text/saidOn.js';
import { AppError } from '../errors.js';
import type { ActorRepo } from '../repos/actorRepo.js';
import type { AnnotationRepo } from '../repos/annotationRepo.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import type { SideRepo } from '../repos/sideRepo.js';
import type { StatementRepo } from '../repos/statementRepo.js';

export type StatementCreate = z.output<typeof StatementCreateInput>;

/** Statements: a highlight with a speaker, side, kind, stance, date, and the statement it answers. */
export function statementService(
  statements: StatementRepo,
  annotations: AnnotationRepo,
  articles: ArticleRepo,
  actors: ActorRepo,
  sides: SideRepo,
) {
  function mustGet(id: string): Statement {
    const statement = statements.get(id);
    if (!statement) throw new AppError('not_found', `No statement with id ${id}.`, 'id');
    return statement;
  }

  /** The actor's side, checking the actor exists; null for no actor. */
  function actorSide(actorId: string | null): string | null {
    if (actorId === null) return null;
    const actor = actors.get(actorId);
    if (!actor) throw new AppError('not_found', `No actor with id ${actorId}.`, 'actor_id');
    return actor.side_id;
  }

  function checkSide(sideId: string | null): void {
    if (sideId !== null && !sides.get(sideId)) throw new AppError('not_found', `No side with id ${sideId}.`, 'side_id');
  }

  function checkRespondsTo(respondsTo: string | null, ownId: string | null): void {
    if (respondsTo === null) return;
    if (respondsTo === ownId) throw new AppError('invalid_input', 'A statement cannot respond to itself.', 'responds_to');
    if (!statements.get(respondsTo)) throw new AppError('not_found', `No statement with id ${respondsTo}.`, 'responds_to');
  }

  return {
    /** Side defaults to the actor's; said_on to the day named near the quote, else the article's date. */
    create(input: StatementCreate, now = new Date()): Statement {
      const annotation = annotations.get(input.annotation_id);
      if (!annotation) throw new AppError('not_found', `No highlight with id ${input.annotation_id}.`, 'annotation_id');
      if (statements.idForAnnotation(annotation.id)) {
        throw new AppError('conflict', 'This highlight is already a statement.', 'annotation_id');
      }
      const defaultSide = actorSide(input.actor_id);
      const sideId = input.side_id === undefined ? defaultSide : input.side_id;
      checkSide(sideId);
      checkRespondsTo(input.responds_to, null);
      const article = articles.get(annotation.article_id)!;
      const id = randomUUID();
      const at = now.toISOString();
      statements.insert({
        id,
        annotation_id: annotation.id,
        actor_id: input.actor_id,
        speaker_text: input.speaker_text,
        side_id: sideId,
        kind: input.kind,
        stance: input.stance,
        said_on: input.said_on === undefined ? resolveSaidOn(article.body, annotation, article.published_at) : input.said_on,
        responds_to: input.responds_to,
        created_at: at,
        updated_at: at,
      });
      return mustGet(id);
    },

    /**
     * Left out = unchanged. A new speaker brings their side along only when the side was the old
     * speaker's (a default); a side the analyst set to something else stays.
     */
    update(input: z.output<typeof StatementUpdateInput>, now = new Date()): Statement {
      const current = mustGet(input.id);
      const actorId = input.actor_id === undefined ? current.actor_id : input.actor_id;
      const speakerText = input.speaker_text === undefined ? current.speaker_text : input.speaker_text;
      if (actorId === null && speakerText === null) throw new AppError('invalid_input', 'A statement needs a speaker.', 'actor_id');
      const newActorSide = actorSide(actorId);
      let sideId = current.side_id;
      if (input.side_id !== undefined) sideId = input.side_id;
      else if (actorId !== current.actor_id && actorId !== null && current.side_id === actorSide(current.actor_id)) {
        sideId = newActorSide;
      }
      checkSide(sideId);
      const respondsTo = input.responds_to === undefined ? current.responds_to : input.responds_to;
      checkRespondsTo(respondsTo, current.id);
      const next = {
        id: current.id,
        actor_id: actorId,
        speaker_text: speakerText,
        side_id: sideId,
        kind: input.kind ?? current.kind,
        stance: input.stance === undefined ? current.stance : input.stance,
        said_on: input.said_on === undefined ? current.said_on : input.said_on,
        responds_to: respondsTo,
      };
      const unchanged = (Object.keys(next) as (keyof typeof next)[]).every((key) => next[key] === current[key]);
      if (!unchanged) statements.update({ ...next, updated_at: now.toISOString() });
      return mustGet(current.id);
    },

    /** The highlight stays. */
    delete(id: string): { id: string } {
      mustGet(id);
      statements.delete(id);
      return { id };
    },

    list(articleId: string): Statement[] {
      if (!articles.get(articleId)) throw new AppError('not_found', `No article with id ${articleId}.`, 'article_id');
      return statements.listForArticle(articleId);
    },
  };
}
export type StatementService = ReturnType<typeof statementService>;
