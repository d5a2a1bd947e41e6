import type Database from 'better-sqlite3';
import type { Statement } from '../../../shared/domain/statement.js';
import { attachTags, groupTags, type TagsByHighlight } from './annotationRepo.js';

export type StatementRow = Pick<
  Statement,
  'id' | 'annotation_id' | 'actor_id' | 'speaker_text' | 'side_id' | 'kind' | 'stance' | 'said_on' | 'responds_to' | 'created_at' | 'updated_at'
>;

export interface Rejection {
  article_id: string;
  start: number;
  end: number;
  quote: string;
  rejected_at: string;
}

type Joined = Omit<Statement, 'tag_ids'> & { tag_ids: string };

const ROW_COLUMNS = `s.id, s.annotation_id, a.article_id, s.actor_id, s.speaker_text,
  coalesce(ac.name, s.speaker_text, '') AS speaker, s.side_id, s.kind, s.stance, s.said_on, s.responds_to,
  a.exact AS quote, s.created_at, s.updated_at`;
const COLUMNS = `${ROW_COLUMNS},
  (SELECT json_group_array(tag_id) FROM (SELECT tag_id FROM annotation_tag WHERE annotation_id = a.id
    ORDER BY position)) AS tag_ids`;
const FROM = `statement s JOIN annotation a ON a.id = s.annotation_id LEFT JOIN actor ac ON ac.id = s.actor_id`;

const fromRow = ({ tag_ids, ...row }: Joined): Statement => ({ ...row, tag_ids: JSON.parse(tag_ids) as string[] });

/** Statements (one per highlight) and the suggestions an analyst rejected. */
export function statementRepo(db: Database.Database) {
  const byId = db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = ?`);
  const byAnnotation = db.prepare(`SELECT id FROM statement WHERE annotation_id = ?`).pluck();
  // Text order, orphaned highlights last (as the highlights list).
  const byArticle = db.prepare(`
    SELECT ${ROW_COLUMNS} FROM ${FROM} WHERE a.article_id = ?
    ORDER BY a.status = 'orphaned', a.start, a."end", s.created_at`);
  const tagsOfArticle = db
    .prepare(`
      SELECT t.annotation_id, t.tag_id FROM statement s JOIN annotation a ON a.id = s.annotation_id
        JOIN annotation_tag t ON t.annotation_id = a.id
      WHERE a.article_id = ? ORDER BY t.annotation_id, t.position`)
    .raw();
  const insert = db.prepare(`
    INSERT INTO statement (id, annotation_id, actor_id, speaker_text, side_id, kind, stance, said_on, responds_to, created_at, updated_at)
    VALUES (@id, @annotation_id, @actor_id, @speaker_text, @side_id, @kind, @stance, @said_on, @responds_to, @created_at, @updated_at)`);
  const update = db.prepare(`
    UPDATE statement SET actor_id = @actor_id, speaker_text = @speaker_text, side_id = @side_id, kind = @kind,
      stance = @stance, said_on = @said_on, responds_to = @responds_to, updated_at = @updated_at WHERE id = @id`);
  const remove = db.prepare(`DELETE FROM statement WHERE id = ?`);
  const rejections = db.prepare(`SELECT article_id, start, "end", quote, rejected_at FROM suggestion_rejection WHERE article_id = ?`);
  const reject = db.prepare(`
    INSERT OR IGNORE INTO suggestion_rejection (article_id, start, "end", quote, rejected_at)
    VALUES (@article_id, @start, @end, @quote, @rejected_at)`);

  return {
    get(id: string): Statement | undefined {
      const row = byId.get(id) as Joined | undefined;
      return row && fromRow(row);
    },
    idForAnnotation: (annotationId: string) => byAnnotation.get(annotationId) as string | undefined,
    /** `highlightTags`: the article's highlight tags when the caller already has them (else they are read). */
    listForArticle(articleId: string, highlightTags?: TagsByHighlight): Statement[] {
      const tags = highlightTags ?? groupTags(tagsOfArticle.all(articleId) as [string, string][]);
      return attachTags(byArticle.all(articleId) as Omit<Statement, 'tag_ids'>[], (row) => row.annotation_id, tags);
    },
    insert: (row: StatementRow) => void insert.run(row),
    update: (row: Omit<StatementRow, 'annotation_id' | 'created_at'>) => void update.run(row),
    delete: (id: string) => void remove.run(id),
    rejections: (articleId: string) => rejections.all(articleId) as Rejection[],
    reject: (rejection: Rejection) => void reject.run(rejection),
  };
}
export type StatementRepo = ReturnType<typeof statementRepo>;
