import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Article } from '../../../shared/domain/article.js';
import type { BundleImportResult } from '../../../shared/domain/exchange.js';
import { actorRepo } from '../repos/actorRepo.js';
import { annotationRepo, type AnnotationRow } from '../repos/annotationRepo.js';
import { articleRepo, type ArticleRepo } from '../repos/articleRepo.js';
import { tagRepo } from '../repos/tagRepo.js';
import { annotationService } from '../services/annotationService.js';
import { pathKey, type Bundle, type BundleActor, type BundleArticle, type BundleStatement } from './bundleFormat.js';

type ImportResult = z.infer<typeof BundleImportResult>;
type Outcome = 'added' | 'updated' | 'unchanged';

const counts = () => ({ added: 0, updated: 0, unchanged: 0 });

/** When an item last changed: an article never edited counts from its import. */
const stamp = (item: { updated_at: string | null; imported_at?: string }) => item.updated_at ?? item.imported_at ?? '';

const METADATA = ['title', 'url', 'outlet', 'author', 'published_at', 'language'] as const;

/**
 * Merges a bundle into the workspace by id; the caller runs it in one transaction (the
 * dispatcher's), so a failure writes nothing. Nothing already present is duplicated. When an
 * item differs, the newer one (by updated_at) wins: for articles the other text is kept as a
 * revision; for highlights, statements and notes the newer simply replaces the older and is
 * counted as updated. Tags are matched by path (case-insensitively) and created when missing;
 * actors by id, then by name or alias; sides by id. An article whose text is already stored
 * under another id is merged into that one. Highlights on an article whose text here differs
 * from the bundle's are re-anchored on the text here.
 */
export function importBundle(db: Database.Database, bundle: Bundle, now: Date = new Date()): ImportResult {
  const result: ImportResult = {
    articles: counts(),
    annotations: counts(),
    statements: counts(),
    notes: counts(),
    tags: { added: 0, unchanged: 0 },
    actors: { added: 0, unchanged: 0 },
  };
  const at = now.toISOString();
  importSides(db, bundle);
  const tagIds = importTags(db, bundle, at, result);
  const actorIds = importActors(db, bundle, at, result);
  const articles = articleRepo(db);
  const articleIds = new Map<string, string>();
  for (const article of bundle.articles) {
    const { id, outcome } = importArticle(db, articles, article);
    articleIds.set(article.id, id);
    result.articles[outcome]++;
  }
  const highlights = annotationRepo(db);
  for (const { tags, ...annotation } of bundle.annotations) {
    const row: AnnotationRow = { ...annotation, article_id: articleIds.get(annotation.article_id)! };
    const ids = tags.map((path) => tagIds.get(pathKey(path))!);
    const current = highlights.get(row.id);
    const same =
      current &&
      (Object.keys(row) as (keyof AnnotationRow)[]).every((key) => key === 'updated_at' || current[key] === row[key]) &&
      JSON.stringify(current.tag_ids) === JSON.stringify(ids);
    const outcome: Outcome = !current ? 'added' : same || row.updated_at <= current.updated_at ? 'unchanged' : 'updated';
    if (outcome === 'added') highlights.insert(row);
    if (outcome === 'updated') highlights.update(row);
    if (outcome !== 'unchanged') highlights.setTags(row.id, ids);
    result.annotations[outcome]++;
  }
  importStatements(db, bundle, actorIds, result);
  importNotes(db, bundle, articleIds, result);
  // Highlights follow the text stored here when it is not the text they were made on.
  const reanchor = annotationService(highlights, articles, tagRepo(db));
  for (const article of bundle.articles) {
    const local = articles.get(articleIds.get(article.id)!)!;
    if (local.content_hash !== article.content_hash) reanchor.reanchorArticle(local.id, local.body, now);
  }
  return result;
}

function importSides(db: Database.Database, bundle: Bundle): void {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO side (id, name, colour, position)
    VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM side))`);
  for (const side of bundle.sides) insert.run(side.id, side.name, side.colour);
}

/** Local tag ids by path key; missing tags are created under their (already created) parents. */
function importTags(db: Database.Database, bundle: Bundle, at: string, result: ImportResult): Map<string, string> {
  const tags = tagRepo(db);
  const find = db.prepare(`SELECT id FROM tag WHERE parent_id IS ? AND name = ? COLLATE NOCASE`).pluck();
  const nextPosition = db.prepare(`SELECT coalesce(max(position), -1) + 1 FROM tag WHERE parent_id IS ?`).pluck();
  const ids = new Map<string, string>();
  for (const tag of [...bundle.tags].sort((a, b) => a.path.length - b.path.length)) {
    const parentId = tag.path.length > 1 ? ids.get(pathKey(tag.path.slice(0, -1)))! : null;
    const name = tag.path.at(-1)!;
    const found = find.get(parentId, name) as string | undefined;
    if (found) {
      result.tags.unchanged++;
      ids.set(pathKey(tag.path), found);
      continue;
    }
    const id = randomUUID();
    tags.insert({ id, parent_id: parentId, name, colour: tag.colour, description: tag.description, position: nextPosition.get(parentId) as number, created_at: at });
    ids.set(pathKey(tag.path), id);
    result.tags.added++;
  }
  return ids;
}

/** Local actor ids by bundle actor id: the same id, else an actor called by the name or an alias, else a new one. */
function importActors(db: Database.Database, bundle: Bundle, at: string, result: ImportResult): Map<string, string> {
  const actors = actorRepo(db);
  const byName = db
    .prepare(`
      SELECT id FROM actor WHERE name = @name COLLATE NOCASE
      UNION ALL SELECT actor_id FROM actor_alias WHERE alias = @name COLLATE NOCASE
      LIMIT 1`)
    .pluck();
  const known = (actor: BundleActor): string | undefined =>
    actors.get(actor.id)?.id ??
    [actor.name, ...actor.aliases.map((a) => a.alias)].map((name) => byName.get({ name }) as string | undefined).find(Boolean);
  const ids = new Map<string, string>();
  for (const actor of bundle.actors) {
    const found = known(actor);
    if (found) {
      result.actors.unchanged++;
      ids.set(actor.id, found);
      continue;
    }
    actors.insert({ id: actor.id, name: actor.name, kind: actor.kind, side_id: actor.side_id, created_at: actor.created_at || at });
    actors.setRoles(actor.id, actor.roles);
    actors.setAliases(actor.id, actor.aliases);
    ids.set(actor.id, actor.id);
    result.actors.added++;
  }
  return ids;
}

/** Adds, updates or keeps one article; answers its id here (another id when its text is stored under one). */
function importArticle(db: Database.Database, articles: ArticleRepo, incoming: BundleArticle): { id: string; outcome: Outcome } {
  const { revisions, ...article } = incoming;
  const local = articles.get(article.id) ?? fromHash(articles, article.content_hash);
  if (!local) {
    articles.insert(article);
    const keep = db.prepare(`
      INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
      VALUES (@article_id, @revision, @title, @body, @content_hash, @imported_at, @replaced_at)`);
    for (const revision of revisions) keep.run({ article_id: article.id, ...revision });
    return { id: article.id, outcome: 'added' };
  }
  const bundleNewer = stamp(article) > stamp(local);
  if (local.content_hash === article.content_hash) {
    const differs = METADATA.some((key) => local[key] !== article[key]);
    if (!differs || !bundleNewer) return { id: local.id, outcome: 'unchanged' };
    const changes = Object.fromEntries(METADATA.map((key) => [key, article[key]]));
    articles.update(local.id, changes, new Date(stamp(article)));
    return { id: local.id, outcome: 'updated' };
  }
  const known = db.prepare(`SELECT 1 FROM article_revision WHERE article_id = ? AND content_hash = ?`).get(local.id, article.content_hash);
  if (known) return { id: local.id, outcome: 'unchanged' };
  if (bundleNewer) {
    articles.replaceText({ ...article, id: local.id, revision: local.revision + 1, updated_at: stamp(article) });
  } else {
    // The text here is newer: the bundle's becomes the revision before it.
    db.prepare(`
      INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`).run(local.id, local.revision, article.title, article.body, article.content_hash, article.imported_at, stamp(local));
    db.prepare(`UPDATE article SET revision = revision + 1 WHERE id = ?`).run(local.id);
  }
  return { id: local.id, outcome: 'updated' };
}

function fromHash(articles: ArticleRepo, hash: string): Article | undefined {
  const found = articles.findByTextHash(hash);
  return found && articles.get(found.id);
}

const STATEMENT_FIELDS = ['actor_id', 'speaker_text', 'side_id', 'kind', 'stance', 'said_on', 'responds_to'] as const;

function importStatements(db: Database.Database, bundle: Bundle, actorIds: Map<string, string>, result: ImportResult): void {
  const find = db
    .prepare(`SELECT id, ${STATEMENT_FIELDS.join(', ')}, updated_at FROM statement WHERE id = ? OR annotation_id = ? ORDER BY id = ? DESC LIMIT 1`);
  const exists = db.prepare(`SELECT 1 FROM statement WHERE id = ?`).pluck();
  const insert = db.prepare(`
    INSERT INTO statement (id, annotation_id, actor_id, speaker_text, side_id, kind, stance, said_on, responds_to, created_at, updated_at)
    VALUES (@id, @annotation_id, @actor_id, @speaker_text, @side_id, @kind, @stance, @said_on, NULL, @created_at, @updated_at)`);
  const update = db.prepare(`
    UPDATE statement SET actor_id = @actor_id, speaker_text = @speaker_text, side_id = @side_id, kind = @kind,
      stance = @stance, said_on = @said_on, updated_at = @updated_at WHERE id = @id`);
  const setResponse = db.prepare(`UPDATE statement SET responds_to = ? WHERE id = ?`);
  const inBundle = new Set(bundle.statements.map((s) => s.id));
  // A reply to a statement neither here nor in the bundle loses the link.
  const respondsTo = (s: BundleStatement) =>
    s.responds_to !== null && (inBundle.has(s.responds_to) || exists.get(s.responds_to)) ? s.responds_to : null;
  const written: { id: string; responds_to: string | null }[] = [];
  for (const statement of bundle.statements) {
    const next = { ...statement, actor_id: statement.actor_id && actorIds.get(statement.actor_id)!, responds_to: respondsTo(statement) };
    const current = find.get(statement.id, statement.annotation_id, statement.id) as
      | (Pick<BundleStatement, (typeof STATEMENT_FIELDS)[number] | 'id' | 'updated_at'>)
      | undefined;
    const same = current && STATEMENT_FIELDS.every((key) => current[key] === next[key]);
    const outcome: Outcome = !current ? 'added' : same || next.updated_at <= current.updated_at ? 'unchanged' : 'updated';
    if (outcome === 'added') insert.run(next);
    if (outcome === 'updated') update.run({ ...next, id: current!.id });
    if (outcome !== 'unchanged') written.push({ id: current?.id ?? next.id, responds_to: next.responds_to });
    result.statements[outcome]++;
  }
  // Links last: a statement may answer one later in the bundle.
  for (const { id, responds_to } of written) setResponse.run(responds_to, id);
}

function importNotes(db: Database.Database, bundle: Bundle, articleIds: Map<string, string>, result: ImportResult): void {
  const find = db.prepare(`
    SELECT id, body, updated_at FROM note WHERE id = @id OR (kind = 'article' AND article_id = @article_id)
    ORDER BY id = @id DESC LIMIT 1`);
  const insert = db.prepare(`
    INSERT INTO note (id, kind, article_id, title, body, created_at, updated_at)
    VALUES (@id, 'article', @article_id, '', @body, @created_at, @updated_at)`);
  const update = db.prepare(`UPDATE note SET body = @body, updated_at = @updated_at WHERE id = @id`);
  for (const note of bundle.notes) {
    const next = { ...note, article_id: articleIds.get(note.article_id)! };
    const current = find.get(next) as { id: string; body: string; updated_at: string } | undefined;
    const outcome: Outcome = !current ? 'added' : current.body === next.body || next.updated_at <= current.updated_at ? 'unchanged' : 'updated';
    if (outcome === 'added') insert.run(next);
    if (outcome === 'updated') update.run({ ...next, id: current!.id });
    result.notes[outcome]++;
  }
}
