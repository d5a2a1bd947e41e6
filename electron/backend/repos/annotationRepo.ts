import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/domain/annotation.js';

export type AnnotationRow = Omit<Annotation, 'tag_ids'>;
type Joined = AnnotationRow & { tag_ids: string };

const COLUMNS = `a.id, a.article_id, a.start, a."end", a.exact, a.prefix, a.suffix, a.note, a.colour,
  a.status, a.created_at, a.updated_at,
  (SELECT json_group_array(tag_id) FROM (SELECT tag_id FROM annotation_tag WHERE annotation_id = a.id
    ORDER BY position)) AS tag_ids`;

function fromRow<T extends Joined>({ tag_ids, ...row }: T): Omit<T, 'tag_ids'> & { tag_ids: string[] } {
  return { ...row, tag_ids: JSON.parse(tag_ids) as string[] };
}

/** Highlights and their tags (in the order given: the first one colours the highlight). */
export function annotationRepo(db: Database.Database) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM annotation a WHERE a.id = ?`);
  // Text order; orphans (whose offsets no longer mean anything) last.
  const byArticle = db.prepare(`
    SELECT ${COLUMNS} FROM annotation a WHERE a.article_id = ?
    ORDER BY a.status = 'orphaned', a.start, a."end", a.created_at`);
  const orphans = db.prepare(`
    SELECT ${COLUMNS}, ar.title AS article_title FROM annotation a JOIN article ar ON ar.id = a.article_id
    WHERE a.status = 'orphaned' ORDER BY ar.title COLLATE NOCASE, a.article_id, a.start`);
  const insert = db.prepare(`
    INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, note, colour, status, created_at, updated_at)
    VALUES (@id, @article_id, @start, @end, @exact, @prefix, @suffix, @note, @colour, @status, @created_at, @updated_at)`);
  const update = db.prepare(`
    UPDATE annotation SET start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix,
      note = @note, colour = @colour, status = @status, updated_at = @updated_at WHERE id = @id`);
  const remove = db.prepare(`DELETE FROM annotation WHERE id = ?`);
  const dropTags = db.prepare(`DELETE FROM annotation_tag WHERE annotation_id = ?`);
  const addTag = db.prepare(`INSERT INTO annotation_tag (annotation_id, tag_id, position) VALUES (?, ?, ?)`);

  return {
    get(id: string): Annotation | undefined {
      const row = byId.get(id) as Joined | undefined;
      return row && fromRow(row);
    },
    listForArticle: (articleId: string): Annotation[] => (byArticle.all(articleId) as Joined[]).map(fromRow),
    orphans: () => (orphans.all() as (Joined & { article_title: string })[]).map(fromRow),
    insert: (row: AnnotationRow) => void insert.run(row),
    update: (row: AnnotationRow) => void update.run(row),
    /** Removes the tag joins first, so undo restores the highlight before its joins. */
    delete(id: string): void {
      dropTags.run(id);
      remove.run(id);
    },
    setTags(id: string, tagIds: readonly string[]): void {
      dropTags.run(id);
      tagIds.forEach((tagId, position) => addTag.run(id, tagId, position));
    },
  };
}
export type AnnotationRepo = ReturnType<typeof annotationRepo>;
