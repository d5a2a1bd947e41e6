import type Database from 'better-sqlite3';
import type { ComparedStatement } from '../../../shared/domain/compare.js';
import { TAG_TREE } from '../db/migrations/0060-compare-indexes.js';
import { refreshStatementsSql } from '../db/migrations/0090-compare-filters.js';

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

/** A query whose text has been matched (see `matchText`): what the queries below take. */
export type MatchedQuery = Omit<StatementQuery, 'textMatch'> & { textMatched: boolean };

export interface TopicRow {
  id: string;
  name: string;
  colour: string;
}

type Params = (string | number)[];

const JOINS = `JOIN annotation an ON an.id = s.annotation_id JOIN article ar ON ar.id = an.article_id`;

const json = (values: readonly string[]) => JSON.stringify(values);

const STALE_SQL = 'SELECT stale FROM topic_index_state WHERE id = 1';

/**
 * Brings the (topic, side, date) index up to date after a tag move marked it stale (see
 * migration 0060; its triggers keep it in step otherwise): the tags whose top-level ancestor
 * changed get their new topic, and only the statements carrying those tags are re-indexed.
 * Cheap when fresh: one row read. Writers need not call it; every compare request calls it first.
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
 * The conditions beyond topic, side and date, on `statement_topic` (alias st) alone: it carries
 * kind, stance, actor and the rowids of article and highlight (migration 0090), so no filter
 * joins a statement's rows.
 * Absent or empty lists do not narrow; values travel only as parameters.
 */
function narrowing(query: MatchedQuery): { sql: string; params: Params } {
  const parts: string[] = [];
  const params: Params = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(json(values));
  };
  inList('st.actor_id', query.actorIds);
  inList('st.kind', query.kinds);
  inList('st.stance', query.stances);
  if (query.outlets?.length) {
    // NOCASE folds Latin letters, which is what outlet names are written in (and how they are indexed).
    parts.push('st.article_rowid IN (SELECT rowid FROM article WHERE outlet COLLATE NOCASE IN (SELECT value FROM json_each(?)))');
    params.push(json(query.outlets));
  }
  if (query.textMatched) parts.push('st.annotation_rowid IN (SELECT annotation_rowid FROM temp.compare_text_match)');
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
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

/** Period starts of the day in `day`: the Monday of the ISO week, or the first of the month. */
const PERIOD = {
  week: `date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')`,
  month: `substr(day, 1, 7) || '-01'`,
} as const;

/**
 * The comparison's SQL, all of it over `statement_topic` (migrations 0060 and 0090): a cell's
 * newest statements come straight off its (topic, side, said_on, created_at) index, and counts,
 * totals and the timeline are index range scans whatever the filters.
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

  // The highlights whose quote matches the text filter, found once per request (see matchText).
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS compare_text_match (annotation_rowid INTEGER PRIMARY KEY)`);
  const clearTextMatch = db.prepare(`DELETE FROM temp.compare_text_match`);
  const fillTextMatch = db.prepare(`INSERT INTO temp.compare_text_match SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?`);

  /** statement_topic rows (alias st) of these sides under the query, and of these topics when given. */
  function topicRows(sides: readonly string[], topicIds: readonly string[] | undefined, query: MatchedQuery) {
    const dates = dateRange('st.said_on', query);
    const narrow = narrowing(query);
    return {
      sql: `FROM statement_topic st
        WHERE ${topicIds ? 'st.topic_id IN (SELECT value FROM json_each(?))' : 'TRUE'}
          AND st.side_id IN (SELECT value FROM json_each(?)) AND ${dates.sql} AND ${narrow.sql}`,
      params: [...(topicIds ? [json(topicIds)] : []), json(sides), ...dates.params, ...narrow.params],
    };
  }

  /**
   * Statements (not topic rows: each once) of these sides, and topics when given, under the query,
   * as `count` over rows (alias st) of `statement_topic`: the lead rows when every topic counts,
   * else the distinct statements among the topics' rows.
   */
  function statementRows(sides: readonly string[], topicIds: readonly string[] | undefined, query: MatchedQuery) {
    const rows = topicRows(sides, topicIds, query);
    return topicIds
      ? { count: 'count(DISTINCT st.statement_id)', sql: rows.sql, params: rows.params }
      : { count: 'count(*)', sql: `${rows.sql} AND st.lead = 1`, params: rows.params };
  }

  return {
    /** Top-level tags in codebook order: the comparison's topics. */
    topics: () => topics.all() as TopicRow[],
    sideIds: () => sideIds.all() as string[],
    setting: (key: string): unknown => {
      const value = setting.get(key) as string | undefined;
      return value === undefined ? undefined : JSON.parse(value);
    },

    /**
     * The query the methods below take: its text, if any, matched here once into a temp table
     * (a matrix asks for counts, up to two cells a topic and a total, each of which would run
     * the search again). Only the last query matched is valid.
     */
    matchText({ textMatch, ...query }: StatementQuery): MatchedQuery {
      refreshTopics();
      clearTextMatch.run();
      if (textMatch) fillTextMatch.run(`{exact} : (${textMatch})`);
      return { ...query, textMatched: Boolean(textMatch) };
    },

    /** Statements per (topic, side). */
    counts(topicIds: readonly string[], sides: readonly string[], query: MatchedQuery) {
      const rows = topicRows(sides, topicIds, query);
      return prepare(`SELECT st.topic_id, st.side_id, count(*) AS count ${rows.sql} GROUP BY st.topic_id, st.side_id`)
        .all(...rows.params) as { topic_id: string; side_id: string; count: number }[];
    },

    /** How many statements of these sides (and topics, when given) the query lets through, each once. */
    total(sides: readonly string[], topicIds: readonly string[] | undefined, query: MatchedQuery): number {
      const rows = statementRows(sides, topicIds, query);
      return prepare(`SELECT ${rows.count} ${rows.sql}`).pluck().get(...rows.params) as number;
    },

    /** One cell's statements, newest said_on first (undated last), then newest recorded. */
    cell(topicId: string, sideId: string, query: MatchedQuery, offset: number, limit: number): ComparedStatement[] {
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

    /**
     * Dated statements per side per period, oldest period first: counted per day off the index,
     * then the days summed into periods (the period's date arithmetic runs once a day, not once
     * a statement).
     */
    timeline(sides: readonly string[], topicIds: readonly string[] | undefined, query: MatchedQuery, bucket: 'week' | 'month') {
      const rows = statementRows(sides, topicIds, query);
      return prepare(
          `SELECT ${PERIOD[bucket]} AS period, side_id, sum(n) AS count FROM (
             SELECT st.said_on AS day, st.side_id, ${rows.count} AS n ${rows.sql} AND st.said_on IS NOT NULL
             GROUP BY st.side_id, st.said_on)
           GROUP BY period, side_id ORDER BY period, side_id`,
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
