import type Database from 'better-sqlite3';
import type { ComparedStatement } from '../../../shared/domain/compare.js';
import { refreshStatementsSql, TAG_TREE } from '../db/migrations/0060-compare-indexes.js';

/** The comparison's narrowing, ready for SQL: dates as YYYY-MM-DD, text as an FTS5 MATCH expression. */
export interface StatementQuery {
  from?: string;
  to?: string;
  actorIds?: readonly string[];
  outlets?: readonly string[];
  kinds?: readonly string[];
  stances?: readonly string[];
  /** Matched against the highlight's quote (`exact`) through the annotation FTS index. */
  textMatch?: string;
}

export interface TopicRow {
  id: string;
  name: string;
  colour: string;
}

type Params = (string | number)[];

const JOIN_ANNOTATION = `JOIN annotation an ON an.id = s.annotation_id`;
const JOINS = `${JOIN_ANNOTATION} JOIN article ar ON ar.id = an.article_id`;

const json = (values: readonly string[]) => JSON.stringify(values);

const STALE_SQL = 'SELECT stale FROM topic_index_state WHERE id = 1';

/**
 * Brings the (topic, side, date) index up to date after a tag move marked it stale (see
 * migration 0060; its triggers keep it in step otherwise): the tags whose top-level ancestor
 * changed get their new topic, and only the statements carrying those tags are re-indexed.
 * Cheap when fresh: one row read. Writers need not call it; every compare query calls it first.
 */
export function refreshStatementTopics(db: Database.Database): void {
  if (db.prepare(STALE_SQL).pluck().get()) reindexMovedTopics(db);
}

function reindexMovedTopics(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS moved_tag (tag_id TEXT PRIMARY KEY, topic_id TEXT NOT NULL);
    DELETE FROM moved_tag;
    ${TAG_TREE}
    INSERT INTO moved_tag (tag_id, topic_id) SELECT t.tag_id, t.topic_id FROM tag_tree t
      LEFT JOIN tag_topic tt ON tt.tag_id = t.tag_id WHERE tt.topic_id IS NOT t.topic_id;
    INSERT OR REPLACE INTO tag_topic (tag_id, topic_id) SELECT tag_id, topic_id FROM moved_tag;
    ${refreshStatementsSql('s.annotation_id IN (SELECT at.annotation_id FROM annotation_tag at JOIN moved_tag m ON m.tag_id = at.tag_id)')}
    DELETE FROM moved_tag;
    UPDATE topic_index_state SET stale = 0;`);
}

/**
 * The statement conditions beyond topic, side and date, over `s` (statement), `an` (annotation)
 * and `ar` (article), with the joins they need from `s`. Absent or empty lists do not narrow;
 * values travel only as parameters.
 */
function narrowing(query: StatementQuery): { sql: string; params: Params; joins: string } {
  const parts: string[] = [];
  const params: Params = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(json(values));
  };
  inList('s.actor_id', query.actorIds);
  // NOCASE folds Latin letters, which is what outlet names are written in.
  inList('ar.outlet COLLATE NOCASE', query.outlets);
  inList('s.kind', query.kinds);
  inList('s.stance', query.stances);
  if (query.textMatch) {
    parts.push('an.rowid IN (SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?)');
    params.push(`{exact} : (${query.textMatch})`);
  }
  const joins = query.outlets?.length ? JOINS : query.textMatch ? JOIN_ANNOTATION : '';
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params, joins };
}

/** said_on within [from, to] (both inclusive) for the column given. */
function dateRange(column: string, query: StatementQuery): { sql: string; params: Params } {
  const parts: string[] = [];
  const params: Params = [];
  if (query.from) {
    parts.push(`${column} >= ?`);
    params.push(query.from);
  }
  if (query.to) {
    parts.push(`${column} <= ?`);
    params.push(query.to);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}


/**
 * The actor's role on the day: a dated role covering said_on (the latest starting), else the
 * current one (no end). Role dates may be YYYY or YYYY-MM: `to_date || '~'` sorts after every
 * day inside that year or month, so they compare as whole periods.
 */
const ROLE_AT_DATE = `(SELECT r.title FROM actor_role r WHERE r.actor_id = s.actor_id AND (r.to_date IS NULL OR (
      s.said_on IS NOT NULL AND (r.from_date IS NULL OR r.from_date <= s.said_on) AND s.said_on < r.to_date || '~'))
    ORDER BY (s.said_on IS NOT NULL AND (r.from_date IS NOT NULL OR r.to_date IS NOT NULL)
      AND (r.from_date IS NULL OR r.from_date <= s.said_on) AND (r.to_date IS NULL OR s.said_on < r.to_date || '~')) DESC,
      r.from_date DESC, r.position DESC LIMIT 1)`;

const STATEMENT_COLUMNS = `s.id, an.article_id, s.annotation_id, an.exact AS quote,
  coalesce(act.name, s.speaker_text, '') AS speaker, ${ROLE_AT_DATE} AS role, s.side_id, s.said_on,
  ar.outlet, ar.title AS article_title, ar.url, s.kind, s.stance, s.responds_to, ar.language`;

/** Period starts: the Monday of the ISO week, or the first of the month. */
const PERIOD = {
  week: `date(s.said_on, '-' || ((CAST(strftime('%w', s.said_on) AS INTEGER) + 6) % 7) || ' days')`,
  month: `substr(s.said_on, 1, 7) || '-01'`,
} as const;

/**
 * The comparison's SQL. Cells read `statement_topic` by (topic, side, said_on, created_at), so a
 * cell's newest statements come straight off the index and counts are index range scans.
 */
export function compareRepo(db: Database.Database) {
  const topics = db.prepare(`SELECT id, name, colour FROM tag WHERE parent_id IS NULL ORDER BY position, name COLLATE NOCASE`);
  const sideIds = db.prepare(`SELECT id FROM side ORDER BY position`).pluck();
  const setting = db.prepare(`SELECT value FROM setting WHERE key = ?`).pluck();
  const summaries = db.prepare(`SELECT topic_id, side_id, body FROM position_summary WHERE side_id IN (?, ?)`);
  const upsertSummary = db.prepare(`
    INSERT INTO position_summary (topic_id, side_id, body, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (topic_id, side_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`);
  const deleteSummary = db.prepare(`DELETE FROM position_summary WHERE topic_id = ? AND side_id = ?`);
  const oneStatement = db.prepare(`SELECT ${STATEMENT_COLUMNS} FROM statement s ${JOINS} LEFT JOIN actor act ON act.id = s.actor_id WHERE s.id = ?`);
  const someStatements = db.prepare(`
    SELECT ${STATEMENT_COLUMNS} FROM statement s ${JOINS} LEFT JOIN actor act ON act.id = s.actor_id
    WHERE s.id IN (SELECT value FROM json_each(?))`);
  const stale = db.prepare(STALE_SQL).pluck();
  // What refreshStatementTopics does, with the check (run before every compare query) prepared once.
  const refreshTopics = () => {
    if (stale.get()) reindexMovedTopics(db);
  };
  // The filtered queries' text depends on which filters are set: prepare each variant once.
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  /** statement_topic rows (alias st) of these topics and sides under the query, joined to their statement. */
  function cellRows(topicIds: readonly string[], sides: readonly string[], query: StatementQuery) {
    const dates = dateRange('st.said_on', query);
    const narrow = narrowing(query);
    const joins = narrow.sql === 'TRUE' ? '' : `JOIN statement s ON s.id = st.statement_id ${narrow.joins}`;
    return {
      sql: `FROM statement_topic st ${joins}
        WHERE st.topic_id IN (SELECT value FROM json_each(?)) AND st.side_id IN (SELECT value FROM json_each(?))
          AND ${dates.sql} AND ${narrow.sql}`,
      params: [json(topicIds), json(sides), ...dates.params, ...narrow.params],
    };
  }

  /** Statements (alias s) of these sides, and of these topics when given, under the query: read by (side, said_on). */
  function statementRows(sides: readonly string[], topicIds: readonly string[] | undefined, query: StatementQuery) {
    const dates = dateRange('s.said_on', query);
    const narrow = narrowing(query);
    const inTopics = topicIds
      ? `s.id IN (SELECT statement_id FROM statement_topic WHERE topic_id IN (SELECT value FROM json_each(?)))`
      : 'TRUE';
    return {
      sql: `FROM statement s ${narrow.joins}
        WHERE s.side_id IN (SELECT value FROM json_each(?)) AND ${dates.sql} AND ${narrow.sql} AND ${inTopics}`,
      params: [json(sides), ...dates.params, ...narrow.params, ...(topicIds ? [json(topicIds)] : [])],
    };
  }

  return {
    /** Top-level tags in codebook order: the comparison's topics. */
    topics: () => topics.all() as TopicRow[],
    sideIds: () => sideIds.all() as string[],
    setting: (key: string): unknown => {
      const value = setting.get(key) as string | undefined;
      return value === undefined ? undefined : JSON.parse(value);
    },

    /** Statements per (topic, side). */
    counts(topicIds: readonly string[], sides: readonly string[], query: StatementQuery) {
      refreshTopics();
      const rows = cellRows(topicIds, sides, query);
      return prepare(`SELECT st.topic_id, st.side_id, count(*) AS count ${rows.sql} GROUP BY st.topic_id, st.side_id`)
        .all(...rows.params) as { topic_id: string; side_id: string; count: number }[];
    },

    /** How many statements of these sides (and topics, when given) the query lets through, each once. */
    total(sides: readonly string[], topicIds: readonly string[] | undefined, query: StatementQuery): number {
      refreshTopics();
      const rows = statementRows(sides, topicIds, query);
      return prepare(`SELECT count(*) ${rows.sql}`).pluck().get(...rows.params) as number;
    },

    /** One cell's statements, newest said_on first (undated last), then newest recorded. */
    cell(topicId: string, sideId: string, query: StatementQuery, offset: number, limit: number): ComparedStatement[] {
      refreshTopics();
      const dates = dateRange('st.said_on', query);
      const narrow = narrowing(query);
      return prepare(
          `SELECT ${STATEMENT_COLUMNS}
           FROM statement_topic st
             JOIN statement s ON s.id = st.statement_id ${JOINS}
             LEFT JOIN actor act ON act.id = s.actor_id
           WHERE st.topic_id = ? AND st.side_id = ? AND ${dates.sql} AND ${narrow.sql}
           ORDER BY st.said_on DESC, st.created_at DESC, st.statement_id DESC
           LIMIT ? OFFSET ?`,
        )
        .all(topicId, sideId, ...dates.params, ...narrow.params, limit, offset) as ComparedStatement[];
    },

    /** Dated statements per side per period, oldest period first. */
    timeline(sides: readonly string[], topicIds: readonly string[] | undefined, query: StatementQuery, bucket: 'week' | 'month') {
      refreshTopics();
      const rows = statementRows(sides, topicIds, query);
      return prepare(
          `SELECT ${PERIOD[bucket]} AS period, s.side_id, count(*) AS count ${rows.sql} AND s.said_on IS NOT NULL
           GROUP BY period, s.side_id ORDER BY period, s.side_id`,
        )
        .all(...rows.params) as { period: string; side_id: string; count: number }[];
    },

    /** One statement as a cell lists it (with the role held on said_on): what a briefing citation snapshots. */
    statement: (id: string) => oneStatement.get(id) as ComparedStatement | undefined,
    /** Many statements by id in one query, as `statement` reads each; missing ids are left out. */
    statements: (ids: readonly string[]): Map<string, ComparedStatement> =>
      new Map((someStatements.all(json(ids)) as ComparedStatement[]).map((s) => [s.id, s])),

    summaries: (sides: readonly [string, string]) =>
      summaries.all(sides[0], sides[1]) as { topic_id: string; side_id: string; body: string }[],
    setSummary: (topicId: string, sideId: string, body: string, now: string) => void upsertSummary.run(topicId, sideId, body, now),
    deleteSummary: (topicId: string, sideId: string) => void deleteSummary.run(topicId, sideId),
  };
}
export type CompareRepo = ReturnType<typeof compareRepo>;
