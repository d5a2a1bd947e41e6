import type Database from 'better-sqlite3';
import type { Article } from '../../../../shared/domain/article.js';
import type { Annotation } from '../../../../shared/domain/annotation.js';
import type { Statement } from '../../../../shared/domain/statement.js';
import { AppError } from '../../errors.js';
import { annotationRepo } from '../../repos/annotationRepo.js';
import { articleRepo } from '../../repos/articleRepo.js';
import { sideRepo } from '../../repos/sideRepo.js';
import { statementRepo } from '../../repos/statementRepo.js';
import { tagRepo } from '../../repos/tagRepo.js';

export type ExportArticle = Pick<Article, 'id' | 'title' | 'body' | 'url' | 'outlet' | 'published_at' | 'language' | 'direction' | 'imported_at'>;

/** A codebook entry with the names from the top of the tree down to it (itself last). */
export interface ExportTag {
  id: string;
  parent_id: string | null;
  name: string;
  colour: string;
  description: string | null;
  path: string[];
}

export interface ExportStatement {
  id: string;
  speaker: string;
  actor_id: string | null;
  /** The side's id and display name. */
  side: string | null;
  side_name: string | null;
  kind: Statement['kind'];
  stance: Statement['stance'];
  said_on: string | null;
  responds_to: string | null;
}

/** A highlight with its tags resolved and its statement, if it is one. Offsets are UTF-16. */
export interface ExportHighlight
  extends Pick<Annotation, 'id' | 'article_id' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'status' | 'note' | 'created_at' | 'updated_at'> {
  tags: ExportTag[];
  statement: ExportStatement | null;
}

/** Everything an annotation export writes, independent of the format. */
export interface ExportData {
  articles: ExportArticle[];
  /** Article by article (in `articles` order), each article's in text order, orphans last. */
  highlights: ExportHighlight[];
  /** The whole codebook, depth first. */
  codebook: ExportTag[];
}

function withPaths(tags: readonly Omit<ExportTag, 'path'>[]): ExportTag[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const pathOf = (tag: Omit<ExportTag, 'path'>): string[] => {
    const parent = tag.parent_id === null ? undefined : byId.get(tag.parent_id);
    return parent ? [...pathOf(parent), tag.name] : [tag.name];
  };
  return tags.map((tag) => ({ ...tag, path: pathOf(tag) }));
}

/**
 * The chosen articles (refusing an unknown id), or when none are chosen every article with a
 * highlight, in publication order (undated last), then title.
 */
function chooseArticles(db: Database.Database, articleIds: readonly string[] | undefined): ExportArticle[] {
  const articles = articleRepo(db);
  const ids =
    articleIds && articleIds.length > 0
      ? articleIds
      : (db
      .prepare(
        `SELECT id FROM article WHERE id IN (SELECT article_id FROM annotation)
         ORDER BY published_at IS NULL, published_at, title COLLATE NOCASE, id`,
      )
      .pluck()
      .all() as string[]);
  return [...new Set(ids)].map((id) => {
    const article = articles.get(id);
    if (!article) throw new AppError('not_found', `There is no article with the id ${id}.`, 'article_ids');
    const { title, body, url, outlet, published_at, language, direction, imported_at } = article;
    return { id, title, body, url, outlet, published_at, language, direction, imported_at };
  });
}

/** Reads what an annotation export needs; call inside one transaction for a consistent snapshot. */
export function collectExportData(db: Database.Database, articleIds?: readonly string[]): ExportData {
  const codebook = withPaths(tagRepo(db).list().map(({ id, parent_id, name, colour, description }) => ({ id, parent_id, name, colour, description })));
  const tagsById = new Map(codebook.map((tag) => [tag.id, tag]));
  const sideNames = new Map(sideRepo(db).list().map((side) => [side.id, side.name]));
  const annotations = annotationRepo(db);
  const statements = statementRepo(db);
  const articles = chooseArticles(db, articleIds);
  const highlights = articles.flatMap((article) => {
    const byAnnotation = new Map(statements.listForArticle(article.id).map((s) => [s.annotation_id, s]));
    return annotations.listForArticle(article.id).map((a): ExportHighlight => {
      const s = byAnnotation.get(a.id);
      return {
        id: a.id,
        article_id: a.article_id,
        start: a.start,
        end: a.end,
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        status: a.status,
        note: a.note,
        created_at: a.created_at,
        updated_at: a.updated_at,
        tags: a.tag_ids.flatMap((id) => tagsById.get(id) ?? []),
        statement: s
          ? {
              id: s.id,
              speaker: s.speaker,
              actor_id: s.actor_id,
              side: s.side_id,
              side_name: s.side_id === null ? null : (sideNames.get(s.side_id) ?? s.side_id),
              kind: s.kind,
              stance: s.stance,
              said_on: s.said_on,
              responds_to: s.responds_to,
            }
          : null,
      };
    });
  });
  return { articles, highlights, codebook };
}
