import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

interface ArticleNoteRow {
  body: string;
  updated_at: string;
}

/** The analyst's notes; for now the one note each article may have (kind `article`). */
export function noteRepo(db: Database.Database) {
  const forArticle = db.prepare(`SELECT body, updated_at FROM note WHERE kind = 'article' AND article_id = ?`);
  const insert = db.prepare(`
    INSERT INTO note (id, kind, article_id, title, body, created_at, updated_at)
    VALUES (?, 'article', ?, '', ?, ?, ?)`);
  const update = db.prepare(`UPDATE note SET body = ?, updated_at = ? WHERE kind = 'article' AND article_id = ?`);
  const remove = db.prepare(`DELETE FROM note WHERE kind = 'article' AND article_id = ?`);

  return {
    getArticleNote: (articleId: string) => forArticle.get(articleId) as ArticleNoteRow | undefined,
    /** Writes the article's note, creating it on first save. */
    putArticleNote(articleId: string, body: string, now: string): void {
      if (update.run(body, now, articleId).changes === 0) insert.run(randomUUID(), articleId, body, now, now);
    },
    deleteArticleNote: (articleId: string) => void remove.run(articleId),
  };
}
export type NoteRepo = ReturnType<typeof noteRepo>;
