import type Database from 'better-sqlite3';
import type { Article, ArticleListPage, ArticleSummary } from '../../../shared/domain/article.js';
import type { z } from 'zod';
import type { ArticleListInput } from '../../../shared/domain/article.js';
import { urlKey } from '../services/urlKey.js';

type ListQuery = z.output<typeof ArticleListInput>;

const SUMMARY_COLUMNS = `id, title, url, outlet, author, published_at, dateline, language, direction,
  imported_at, revision, key_points, source_name, updated_at`;

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

export function articleRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO article (id, title, body, url, url_key, outlet, author, published_at, dateline,
      language, direction, content_hash, imported_at, revision, key_points, source_name, updated_at)
    VALUES (@id, @title, @body, @url, @url_key, @outlet, @author, @published_at, @dateline,
      @language, @direction, @content_hash, @imported_at, @revision, @key_points, @source_name,
      @updated_at)`);
  const insertFts = db.prepare(
    `INSERT INTO article_fts (rowid, title, body) SELECT rowid, title, body FROM article WHERE id = ?`,
  );
  const byId = db.prepare(`SELECT ${SUMMARY_COLUMNS}, body, content_hash FROM article WHERE id = ?`);
  const byHash = db.prepare(`SELECT id, title FROM article WHERE content_hash = ?`);
  const count = db.prepare(`SELECT count(*) AS n FROM article`).pluck();

  return {
    insert(article: Article): void {
      insert.run({ ...article, url_key: urlKey(article.url), key_points: JSON.stringify(article.key_points) });
      insertFts.run(article.id);
    },
    get(id: string): Article | undefined {
      const row = byId.get(id) as Row<Article> | undefined;
      return row && fromRow(row);
    },
    findByHash(hash: string): { id: string; title: string } | undefined {
      return byHash.get(hash) as { id: string; title: string } | undefined;
    },
    count(): number {
      return count.get() as number;
    },
    list(query: ListQuery): ArticleListPage {
      const order = query.order === 'asc' ? 'ASC' : 'DESC';
      const items = db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM article
           ORDER BY ${SORT_SQL[query.sort]} ${order} NULLS LAST, rowid ${order}
           LIMIT ? OFFSET ?`,
        )
        .all(query.limit, query.offset) as Row<ArticleSummary>[];
      return { total: count.get() as number, items: items.map(fromRow) };
    },
  };
}
export type ArticleRepo = ReturnType<typeof articleRepo>;
