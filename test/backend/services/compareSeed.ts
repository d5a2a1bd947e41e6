import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { articleRepo } from '../../../electron/backend/repos/articleRepo.js';
import { prepareArticle } from '../../../electron/backend/services/articleService.js';

export interface SeedArticle {
  title?: string;
  body?: string;
  outlet?: string;
  url?: string;
  published_at?: string;
  language?: string;
}

export interface SeedStatement {
  article: string;
  quote: string;
  tags?: string[];
  actor?: string | null;
  speaker_text?: string | null;
  side?: string | null;
  kind?: 'direct' | 'reported';
  stance?: 'conciliatory' | 'neutral' | 'critical' | 'hostile' | null;
  said_on?: string | null;
  responds_to?: string | null;
  created_at?: string;
}

export interface SeedRole {
  title: string;
  from?: string | null;
  to?: string | null;
}

/**
 * Rows for comparison tests and benchmarks, written straight into the tables (the statements
 * channels belong to another engineer): articles, tags, actors with dated roles, and statements
 * each with its own highlight. Highlights are placed one after another in the article body.
 */
export function compareSeed(db: Database.Database) {
  const articles = articleRepo(db);
  const insertTag = db.prepare(`
    INSERT INTO tag (id, parent_id, name, colour, position, created_at) VALUES (?, ?, ?, '#336699',
      (SELECT count(*) FROM tag WHERE parent_id IS ?), '2025-01-01T00:00:00.000Z')`);
  const insertActor = db.prepare(`INSERT INTO actor (id, name, kind, side_id, created_at) VALUES (?, ?, 'person', ?, '2025-01-01')`);
  const insertRole = db.prepare(`
    INSERT INTO actor_role (actor_id, position, title, organisation, from_date, to_date) VALUES (?, ?, ?, NULL, ?, ?)`);
  const insertAnnotation = db.prepare(`
    INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '', '', ?, ?)`);
  const insertAnnotationTag = db.prepare(`INSERT INTO annotation_tag (annotation_id, tag_id, position) VALUES (?, ?, ?)`);
  const insertStatement = db.prepare(`
    INSERT INTO statement (id, annotation_id, actor_id, speaker_text, side_id, kind, stance, said_on, responds_to, created_at, updated_at)
    VALUES (@id, @annotation_id, @actor_id, @speaker_text, @side_id, @kind, @stance, @said_on, @responds_to, @created_at, @created_at)`);
  const nextStart = new Map<string, number>();
  let clock = 0;

  return {
    article(input: SeedArticle = {}): string {
      const article = prepareArticle({
        title: input.title ?? `Article ${randomUUID()}`,
        body: input.body ?? `Statement text ${randomUUID()}.`,
        url: input.url,
        outlet: input.outlet,
        published_at: input.published_at,
        language: input.language,
      });
      articles.insert(article);
      return article.id;
    },

    tag(name: string, parentId: string | null = null): string {
      const id = randomUUID();
      insertTag.run(id, parentId, name, parentId);
      return id;
    },

    actor(name: string, sideId: string | null, roles: SeedRole[] = []): string {
      const id = randomUUID();
      insertActor.run(id, name, sideId);
      roles.forEach((role, position) => insertRole.run(id, position, role.title, role.from ?? null, role.to ?? null));
      return id;
    },

    /** A highlight of `quote` with its tags, marked as a statement; returns the statement id. */
    statement(input: SeedStatement): string {
      const annotationId = randomUUID();
      const start = nextStart.get(input.article) ?? 0;
      nextStart.set(input.article, start + input.quote.length + 1);
      // Distinct, increasing creation times unless given, so "newest recorded" is well defined.
      const createdAt = input.created_at ?? new Date(Date.UTC(2025, 0, 1) + clock++ * 1000).toISOString();
      insertAnnotation.run(annotationId, input.article, start, start + input.quote.length, input.quote, createdAt, createdAt);
      (input.tags ?? []).forEach((tagId, position) => insertAnnotationTag.run(annotationId, tagId, position));
      const id = randomUUID();
      insertStatement.run({
        id,
        annotation_id: annotationId,
        actor_id: input.actor ?? null,
        speaker_text: input.actor ? null : (input.speaker_text ?? 'A spokesman'),
        side_id: input.side === undefined ? 'pakistan' : input.side,
        kind: input.kind ?? 'direct',
        stance: input.stance ?? null,
        said_on: input.said_on === undefined ? '2025-04-17' : input.said_on,
        responds_to: input.responds_to ?? null,
        created_at: createdAt,
      });
      return id;
    },
  };
}
