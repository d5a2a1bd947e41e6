import type Database from 'better-sqlite3';
import type { Article, ArticleFacets, ArticleListPage, ArticleRevision, ArticleSummary } from '../../../shared/domain/article.js';
import type { z } from 'zod';
import type { ArticleListInput, ArticleUpdateInput } from '../../../shared/domain/article.js';
import { directionOf } from '../../../shared/text/language.js';
import { cleanLine } from '../../../shared/text/normalize.js';
import { searchableText } from '../../../shared/text/searchableText.js';
import { AppError } from '../errors.js';
import { urlKey } from '../services/urlKey.js';
import { articleFilterSets, rowidInAll, type SqlFragment } from './articleFilters.js';

type ListQuery = z.output<typeof ArticleListInput>;

const SUMMARY_COLUMNS = `id, title, url, outlet, author, published_at, dateline, language, direction,
  imported_at, revision, key_points, source_name, updated_at`;

/** The columns counting an article's highlights and statements (by the (article_id, start) index); `alias` names the article table. */
export const summaryCounts = (alias: string) =>
  `(SELECT count(*) FROM annotation WHERE annotation.article_id = ${alias}.id) AS highlight_count,
  (SELECT count(*) FROM annotation JOIN statement ON statement.annotation_id = annotation.id
    WHERE annotation.article_id = ${alias}.id) AS statement_count`;

type Row<T> = Omit<T, 'key_points'> & { key_points: string };

/** key_points is stored as a JSON array of strings. */
function fromRow<T extends { key_points: string[] }>(row: Row<T>): T {
  return { ...row, key_points: JSON.parse(row.key_points) as string[] } as T;
}

// Sort keys map to fixed SQL so no input ever reaches the query text.
const SORT_SQL: Record<ListQuery['sort'], string> = {
  imported_at: 'imported_at',
  published_at: 'published_at',
  title: 'title COLLATE NOCASE',
  outlet: 'outlet COLLATE NOCASE',
  language: 'language',
};

type ArticleChanges = Omit<z.output<typeof ArticleUpdateInput>, 'id'>;
/** The stored columns a metadata correction may change. */
type Metadata = Pick<Article, 'title' | 'url' | 'outlet' | 'author' | 'published_at' | 'language' | 'direction'>;

/** The corrected metadata: given fields cleaned as on import, the direction following the language. */
function corrected(current: Metadata, changes: ArticleChanges): Metadata {
  const clean = (value: string | null | undefined, was: string | null) =>
    value === undefined ? was : value === null ? null : cleanLine(value);
  const language = changes.language ?? current.language;
  return {
    title: changes.title === undefined ? current.title : cleanLine(changes.title),
    url: changes.url === undefined ? current.url : changes.url,
    outlet: clean(changes.outlet, current.outlet),
    author: clean(changes.author, current.author),
    published_at: changes.published_at === undefined ? current.published_at : changes.published_at,
    language,
    direction: changes.language ? directionOf(language) : current.direction,
  };
}

/** A statement prepared on its first use. */
function onFirstUse(db: Database.Database, sql: string): () => Database.Statement {
  let statement: Database.Statement | undefined;
  return () => (statement ??= db.prepare(sql));
}

export function articleRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO article (id, title, body, url, url_key, outlet, author, published_at, dateline,
      language, direction, content_hash, imported_at, revision, key_points, source_name, updated_at)
    VALUES (@id, @title, @body, @url, @url_key, @outlet, @author, @published_at, @dateline,
      @language, @direction, @content_hash, @imported_at, @revision, @key_points, @source_name,
      @updated_at)`);
  // The index reads its text through article_search_text (migration 80): the stored text, or
  // for an article holding characters search ignores, its copy without them in
  // article_searchable, which this repo keeps in step with the index.
  // Statements over those two are prepared when first needed: importing a plain article never
  // needs them, so tests that seed articles into a database of an earlier schema still can.
  const insertFts = db.prepare(`INSERT INTO article_fts (rowid, title, body, key_points) VALUES (?, ?, ?, ?)`);
  const insertSearchable = onFirstUse(db, `INSERT INTO article_searchable (rowid, title, body, key_points) VALUES (?, ?, ?, ?)`);
  const deleteSearchable = onFirstUse(db, `DELETE FROM article_searchable WHERE rowid = ?`);
  const storedTexts = db.prepare(`SELECT rowid, title, body, key_points FROM article WHERE id = ?`).raw();
  const byId = db.prepare(`SELECT ${SUMMARY_COLUMNS}, body, content_hash FROM article WHERE id = ?`);
  const count = db.prepare(`SELECT count(*) AS n FROM article`).pluck();
  const byRowids = db.prepare(`SELECT rowid, ${SUMMARY_COLUMNS}, ${summaryCounts('article')} FROM article WHERE rowid IN (SELECT value FROM json_each(?))`);
  const ftsSource = onFirstUse(db, `
    SELECT s.rowid, s.title, s.body, s.key_points, a.title AS stored_title
    FROM article a JOIN article_search_text s ON s.rowid = a.rowid WHERE a.id = ?`);
  // External-content FTS forgets a row only when told the exact values it indexed.
  const deleteFts = db.prepare(
    `INSERT INTO article_fts (article_fts, rowid, title, body, key_points) VALUES ('delete', ?, ?, ?, ?)`,
  );
  const updateMetadata = db.prepare(`
    UPDATE article SET title = @title, url = @url, url_key = @url_key, outlet = @outlet, author = @author,
      published_at = @published_at, language = @language, direction = @direction, updated_at = @updated_at
    WHERE id = @id`);
  const sameUrl = db.prepare(`SELECT title FROM article WHERE url_key = ? AND id <> ? LIMIT 1`).pluck();
  const remove = db.prepare(`DELETE FROM article WHERE id = ?`);
  const outletFacets = db.prepare(`
    SELECT outlet AS value, count(*) AS count FROM article WHERE outlet IS NOT NULL
    GROUP BY outlet COLLATE NOCASE ORDER BY count DESC, value COLLATE NOCASE`);
  const languageFacets = db.prepare(`
    SELECT language AS value, count(*) AS count FROM article GROUP BY language ORDER BY count DESC, value`);
  const byTextHash = db.prepare(`
    SELECT id, title, revision FROM article WHERE content_hash = @hash
    UNION ALL
    SELECT a.id, a.title, a.revision FROM article_revision r JOIN article a ON a.id = r.article_id
    WHERE r.content_hash = @hash
    LIMIT 1`);
  const byUrlKey = db.prepare(`SELECT id FROM article WHERE url_key = ? ORDER BY imported_at DESC, rowid DESC LIMIT 1`).pluck();
  const keepRevision = db.prepare(`
    INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
    SELECT id, revision, title, body, content_hash, imported_at, ? FROM article WHERE id = ?`);
  const replaceText = db.prepare(`
    UPDATE article SET title = @title, body = @body, url = @url, url_key = @url_key, outlet = @outlet,
      author = @author, published_at = @published_at, dateline = @dateline, language = @language,
      direction = @direction, content_hash = @content_hash, imported_at = @imported_at,
      revision = @revision, key_points = @key_points, source_name = @source_name, updated_at = @updated_at
    WHERE id = @id`);
  const revisions = db.prepare(`
    SELECT revision, title, body, imported_at, replaced_at FROM article_revision
    WHERE article_id = ? ORDER BY revision DESC`);

  function get(id: string): Article | undefined {
    const row = byId.get(id) as Row<Article> | undefined;
    return row && fromRow(row);
  }

  /** How many articles are in every set: the first set drives, the others are tested against. */
  function countMatching([first, ...rest]: SqlFragment[]): number {
    if (!first) return count.get() as number;
    const others = rowidInAll(rest);
    return db
      .prepare(`SELECT count(*) FROM (${first.sql}) WHERE ${others.sql}`)
      .pluck()
      .get(...first.params, ...others.params) as number;
  }

  /** Indexes an article's stored title, body and key points (JSON) as search sees them. */
  function index(rowid: number | bigint, ...texts: [title: string, body: string, keyPoints: string]): void {
    const searchable = texts.map(searchableText) as typeof texts;
    if (searchable.some((text, i) => text !== texts[i])) insertSearchable().run(rowid, ...searchable);
    insertFts.run(rowid, ...searchable);
  }

  /** Indexes the article as stored now (after a change to its title or text). */
  function reindex(id: string): void {
    const [rowid, ...texts] = storedTexts.get(id) as [number, string, string, string];
    index(rowid, ...texts);
  }

  /** Forgets the article's indexed title, body and key points (call before changing or deleting them); undefined when there is no such article. */
  function unindex(id: string): { title: string } | undefined {
    const source = ftsSource().get(id) as { rowid: number; title: string; body: string; key_points: string; stored_title: string } | undefined;
    if (!source) return undefined;
    deleteFts.run(source.rowid, source.title, source.body, source.key_points);
    deleteSearchable().run(source.rowid);
    return { title: source.stored_title };
  }

  return {
    insert(article: Article): void {
      const keyPoints = JSON.stringify(article.key_points);
      const { lastInsertRowid } = insert.run({ ...article, url_key: urlKey(article.url), key_points: keyPoints });
      index(lastInsertRowid, article.title, article.body, keyPoints);
    },
    get,
    count(): number {
      return count.get() as number;
    },
    list(query: ListQuery): ArticleListPage {
      const sets = articleFilterSets(query.filters);
      const where = rowidInAll(sets);
      const order = query.order === 'asc' ? 'ASC' : 'DESC';
      // The page's rowids come from indexes alone (the sort key's, tested against the filters'
      // sets); only the page's rows are then read, as reaching columns stored after the body
      // is slow.
      const rowids = db
        .prepare(
          `SELECT rowid FROM article WHERE ${where.sql}
           ORDER BY ${SORT_SQL[query.sort]} ${order} NULLS LAST, rowid ${order}
           LIMIT ? OFFSET ?`,
        )
        .pluck()
        .all(...where.params, query.limit, query.offset) as number[];
      const rows = byRowids.all(JSON.stringify(rowids)) as (Row<ArticleSummary> & { rowid: number })[];
      const byRowid = new Map(rows.map(({ rowid, ...row }) => [rowid, row]));
      const items = rowids.map((rowid) => fromRow<ArticleSummary>(byRowid.get(rowid)!));
      return { total: countMatching(sets), items };
    },
    /** Corrects an article's metadata; undefined when there is no such article. */
    update(id: string, changes: ArticleChanges, now: Date = new Date()): Article | undefined {
      const current = get(id);
      if (!current) return undefined;
      const next = corrected(current, changes);
      const changed = (Object.keys(next) as (keyof Metadata)[]).some((key) => next[key] !== current[key]);
      if (!changed) return current;
      const key = urlKey(next.url);
      const holder = key && next.url !== current.url ? (sameUrl.get(key, id) as string | undefined) : undefined;
      if (holder) throw new AppError('conflict', `“${holder}” in the library already has this address.`, 'url');
      const titleChanged = next.title !== current.title;
      if (titleChanged) unindex(id);
      updateMetadata.run({ ...next, id, url_key: key, updated_at: now.toISOString() });
      if (titleChanged) reindex(id);
      return get(id);
    },
    /** Removes an article with its index entry and (by cascade) its revisions. */
    delete(id: string): { id: string; title: string } | undefined {
      const removed = unindex(id);
      if (!removed) return undefined;
      remove.run(id);
      return { id, title: removed.title };
    },
    facets(): ArticleFacets {
      return { outlets: outletFacets.all() as ArticleFacets['outlets'], languages: languageFacets.all() as ArticleFacets['languages'] };
    },
    /** The article holding this text now or in an earlier revision. */
    findByTextHash(hash: string): { id: string; title: string; revision: number } | undefined {
      return byTextHash.get({ hash }) as { id: string; title: string; revision: number } | undefined;
    },
    /** The article last imported from this URL key (see urlKey). */
    findByUrlKey(key: string): Article | undefined {
      const id = byUrlKey.get(key) as string | undefined;
      return id === undefined ? undefined : get(id);
    },
    /**
     * Replaces an article's text with a newer revision: its current text is kept in
     * article_revision (replaced at `next.updated_at`), then the row and its index change.
     */
    replaceText(next: Article): void {
      keepRevision.run(next.updated_at, next.id);
      unindex(next.id);
      replaceText.run({ ...next, url_key: urlKey(next.url), key_points: JSON.stringify(next.key_points) });
      reindex(next.id);
    },
    /** Earlier texts of an article, newest first. */
    revisions(id: string): ArticleRevision[] {
      return revisions.all(id) as ArticleRevision[];
    },
  };
}
export type ArticleRepo = ReturnType<typeof articleRepo>;
