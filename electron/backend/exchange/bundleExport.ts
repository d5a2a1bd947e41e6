import type Database from 'better-sqlite3';
import { schemaVersion } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { actorRepo } from '../repos/actorRepo.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleTag } from './bundleFormat.js';

type TagEntry = BundleTag & { parent_id: string | null };

/** Each tag's path (names from the top of the codebook), colour and description, by id. */
function tagPaths(db: Database.Database): Map<string, TagEntry> {
  const rows = db.prepare('SELECT id, parent_id, name, colour, description FROM tag').all() as {
    id: string;
    parent_id: string | null;
    name: string;
    colour: string;
    description: string | null;
  }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pathOf = (id: string): string[] => {
    const row = byId.get(id)!;
    return row.parent_id ? [...pathOf(row.parent_id), row.name] : [row.name];
  };
  return new Map(
    rows.map((row) => [row.id, { parent_id: row.parent_id, path: pathOf(row.id), colour: row.colour, description: row.description }]),
  );
}

/** The chosen articles with their revisions, highlights, tags, statements, actors, sides and notes. */
export function exportBundle(db: Database.Database, articleIds: readonly string[], now: Date = new Date()): Bundle {
  const articles = articleRepo(db);
  const highlights = annotationRepo(db);
  const actors = actorRepo(db);
  const chosen = [...new Set(articleIds)].map((id) => {
    const article = articles.get(id);
    if (!article) throw new AppError('not_found', `There is no article ${id}.`, 'article_ids');
    const revisions = db
      .prepare(`SELECT revision, title, body, content_hash, imported_at, replaced_at FROM article_revision WHERE article_id = ? ORDER BY revision`)
      .all(id) as Bundle['articles'][number]['revisions'];
    return { ...article, revisions };
  });
  const tags = tagPaths(db);
  // The tags the highlights carry, with their ancestors (an import creates missing ones by path).
  const usedTags = new Map<string, BundleTag>();
  const useTag = (id: string | null): void => {
    if (id === null || usedTags.has(id)) return;
    const { parent_id, ...tag } = tags.get(id)!;
    usedTags.set(id, tag);
    useTag(parent_id);
  };
  const annotations = chosen.flatMap((article) =>
    highlights.listForArticle(article.id).map(({ tag_ids, ...annotation }) => {
      tag_ids.forEach(useTag);
      return { ...annotation, tags: tag_ids.map((id) => tags.get(id)!.path) };
    }),
  );
  const statements = db
    .prepare(`
      SELECT s.id, s.annotation_id, s.actor_id, s.speaker_text, s.side_id, s.kind, s.stance, s.said_on, s.responds_to,
        s.created_at, s.updated_at
      FROM statement s JOIN annotation a ON a.id = s.annotation_id
      WHERE a.article_id IN (SELECT value FROM json_each(?)) ORDER BY s.created_at, s.id`)
    .all(JSON.stringify(chosen.map((a) => a.id))) as Bundle['statements'];
  const actorIds = [...new Set(statements.flatMap((s) => (s.actor_id ? [s.actor_id] : [])))];
  const bundleActors = actorIds.map((id) => {
    const { role: _role, organisation: _organisation, statement_count: _count, ...actor } = actors.get(id)!;
    const created_at = db.prepare('SELECT created_at FROM actor WHERE id = ?').pluck().get(id) as string;
    return { ...actor, created_at };
  });
  const sideIds = new Set([...statements, ...bundleActors].flatMap((row) => (row.side_id ? [row.side_id] : [])));
  const sides = (db.prepare('SELECT id, name, colour, position FROM side ORDER BY position').all() as Bundle['sides']).filter((s) =>
    sideIds.has(s.id),
  );
  const notes = db
    .prepare(`SELECT id, article_id, body, created_at, updated_at FROM note
      WHERE kind = 'article' AND article_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`)
    .all(JSON.stringify(chosen.map((a) => a.id))) as Bundle['notes'];
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exported_at: now.toISOString(),
    schema_version: schemaVersion(db),
    articles: chosen,
    // Parents before children, so an import can create them in order.
    tags: [...usedTags.values()].sort((a, b) => a.path.length - b.path.length),
    annotations,
    sides,
    actors: bundleActors,
    statements,
    notes,
  };
}
