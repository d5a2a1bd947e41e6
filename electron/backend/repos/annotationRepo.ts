import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/domain/annotation.js';

export type AnnotationRow = Omit<Annotation, 'tag_ids'>;
type Joined = AnnotationRow & { tag_ids: string };

const ROW_COLUMNS = `a.id, a.article_id, a.start, a."end", a.exact, a.prefix, a.suffix, a.note, a.colour,
  a.status, a.created_at, a.updated_at`;
const COLUMNS = `${ROW_COLUMNS},
  (SELECT json_group_array(tag_id) FROM (SELECT tag_id FROM annotation_tag WHERE annotation_id = a.id
    ORDER BY position)) AS tag_ids`;

function fromRow<T extends Joined>({ tag_ids, ...row }: T): Omit<T, 'tag_ids'> & { tag_ids: string[] } {
  return { ...row, tag_ids: JSON.parse(tag_ids) as string[] };
}

/** Text order; orphans (whose offsets no longer mean anything) last. */
function readingOrder(a: AnnotationRow, b: AnnotationRow): number {
  const orphaned = Number(a.status === 'orphaned') - Number(b.status === 'orphaned');
  return orphaned || a.start - b.start || a.end - b.end || (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0);
}

/** Tag ids by highlight id, each list in the highlight's own order. */
export type TagsByHighlight = ReadonlyMap<string, string[]>;

/** Groups `[highlight id, tag id]` rows (in tag order) by highlight. */
export function groupTags(rows: readonly [string, string][]): TagsByHighlight {
  const byHighlight = new Map<string, string[]>();
  for (const [highlightId, tagId] of rows) {
    const list = byHighlight.get(highlightId);
    if (list) list.push(tagId);
    else byHighlight.set(highlightId, [tagId]);
  }
  return byHighlight;
}

/**
 * Gives each row its highlight's tags, in place. With one query for the tags of a whole article
 * this replaces a correlated subquery (and a JSON round trip) per row, and a copy of every row,
 * which together cost more than the rows themselves on an article with 500 highlights.
 */
export function attachTags<T extends object>(rows: T[], highlightOf: (row: T) => string, tags: TagsByHighlight): (T & { tag_ids: string[] })[] {
  for (const row of rows) (row as T & { tag_ids: string[] }).tag_ids = tags.get(highlightOf(row)) ?? [];
  return rows as (T & { tag_ids: string[] })[];
}

/** Highlights and their tags (in the order given: the first one colours the highlight). */
export function annotationRepo(db: Database.Database) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM annotation a WHERE a.id = ?`);
  // In index order; readingOrder finishes the sort (cheaper in JS than SQLite's sorter copying wide rows).
  const byArticle = db.prepare(`SELECT ${ROW_COLUMNS} FROM annotation a WHERE a.article_id = ? ORDER BY a.start`);
  const tagsOfArticle = db
    .prepare(`
      SELECT t.annotation_id, t.tag_id FROM annotation a JOIN annotation_tag t ON t.annotation_id = a.id
      WHERE a.article_id = ? ORDER BY t.annotation_id, t.position`)
    .raw();
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
    listForArticle(articleId: string): Annotation[] {
      const tags = groupTags(tagsOfArticle.all(articleId) as [string, string][]);
      return attachTags(byArticle.all(articleId) as AnnotationRow[], (row) => row.id, tags).sort(readingOrder);
    },
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
