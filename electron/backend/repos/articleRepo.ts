import type Database from 'better-sqlite3';
import type { Article, ArticleListPage, ArticleSummary } from '../../../shared/domain/article.js';
import type { z } from 'zod';
import type { ArticleListInput } from '../../../shared/domain/article.js';

type ListQuery = z.output<typeof ArticleListInput>;

const SUMMARY_COLUMNS = `id, title, url, outlet, author, published_at, dateline, language, direction,
  imported_at, revision`;

// Sort keys map to fixed SQL so no input ever reaches the query text.
const SORT_SQL: Record<ListQuery['sort'], string> = {
  imported_at: 'imported_at',
  published_at: 'published_at',
  title: 'title COLLATE NOCASE',
  outlet: 'outlet COLLATE NOCASE',
};

export function articleRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO article (id, title, body, url, outlet, author, published_at, dateline, language,
      direction, content_hash, imported_at, revision)
    VALUES (@id, @title, @body, @url, @outlet, @author, @published_at, @dateline, @language,
      @direction, @content_hash, @imported_at, @revision)`);
  const insertFts = db.prepare(
    `INSERT INTO article_fts (rowid, title, body) SELECT rowid, title, body FROM article WHERE id = ?`,
  );
  const byId = db.prepare(`SELECT * FROM article WHERE id = ?`);
  const byHash = db.prepare(`SELECT id, title FROM article WHERE content_hash = ?`);
  const count = db.prepare(`SELECT count(*) AS n FROM article`).pluck();

  return {
    insert(article: Article): void {
      insert.run(article);
      insertFts.run(article.id);
    },
    get(id: string): Article | undefined {
      return byId.get(id) as Article | undefined;
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
        .all(query.limit, query.offset) as ArticleSummary[];
      return { total: count.get() as number, items };
    },
  };
}
export type ArticleRepo = ReturnType<typeof articleRepo>;
