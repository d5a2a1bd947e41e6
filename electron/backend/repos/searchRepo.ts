import type Database from 'better-sqlite3';
import type { ArticleFilters, ArticleSummary } from '../../../shared/domain/article.js';
import type { SearchPage } from '../../../shared/domain/search.js';
import { MATCH_CLOSE, MATCH_OPEN, markedTextParts } from '../../../shared/search/markedText.js';
import { markedOverOriginal } from '../../../shared/search/markedOriginal.js';
import { summaryCounts } from './articleRepo.js';
import { articleFilterCondition } from './articleFilters.js';

export interface FtsSearch {
  /** MATCH expression for the whole query. */
  match: string;
  /** MATCH expression for its hits with a term to find in the title (toFtsColumnMatch): these rank first. */
  titleMatch: string;
  filters: ArticleFilters;
  offset: number;
  limit: number;
}

/** Title words count ten times body words in the relevance score, key points five times. */
const RANK = `bm25(10.0, 1.0, 5.0)`;
const SNIPPET_WORDS = 32;
const OPEN = `char(${MATCH_OPEN.codePointAt(0)})`;
const CLOSE = `char(${MATCH_CLOSE.codePointAt(0)})`;

const HIT_COLUMNS = `a.id, a.title, a.url, a.outlet, a.author, a.published_at, a.dateline, a.language,
  a.direction, a.imported_at, a.revision, a.key_points, a.source_name, a.updated_at,
  ${summaryCounts('a')}`;

/**
 * The stored text of an article column when the article holds characters search ignores (it has
 * a searchable copy `s`, migration 80), else null: the index marked the text without them, and
 * only then must the marks be carried back to the stored text.
 */
const withIgnored = (column: string) => `iif(s.rowid IS NULL, NULL, a.${column})`;

type HitRow = Omit<ArticleSummary, 'key_points'> & {
  key_points: string;
  marked_title: string;
  original_title: string | null;
} & (
    | {
        /** An article-text hit: snippets of the body and of the key points (used when the body has no match). */
        marked_snippet: string;
        original_body: string | null;
        marked_points: string;
        original_points: string | null;
      }
    | {
        /** A highlight or article note hit: JSON [snippet, the texts it may come from…]. */
        marked_sources: string;
      }
  );

const TEXT_KEYS = ['marked_title', 'original_title', 'marked_snippet', 'original_body', 'marked_points', 'original_points', 'marked_sources'];

/** The hit's article: the row less its marked and stored texts. */
function articleOf(row: HitRow): ArticleSummary {
  const article: Record<string, unknown> = { ...row, key_points: JSON.parse(row.key_points) as string[] };
  for (const key of TEXT_KEYS) delete article[key];
  return article as ArticleSummary;
}

/** The row's title and snippet, marked, over the stored text. */
function markedTexts(row: HitRow): { title: string; snippet: string } {
  const title = row.original_title === null ? row.marked_title : markedOverOriginal(row.marked_title, row.original_title);
  if ('marked_sources' in row) {
    const [marked, ...originals] = JSON.parse(row.marked_sources) as [string, ...string[]];
    return { title, snippet: markedOverOriginal(marked, ...originals) };
  }
  const over = (marked: string, original: string | null) => (original === null ? marked : markedOverOriginal(marked, original));
  return {
    title,
    snippet: chosenSnippet(over(row.marked_snippet, row.original_body), over(row.marked_points, row.original_points)),
  };
}

/**
 * The snippet of a key points hit as text: the column holds a JSON array, so its brackets and
 * quotes go, the points are separated by a middle dot, and escaped quotes and backslashes are
 * shown as themselves.
 */
function keyPointsSnippet(marked: string): string {
  return marked
    .replace(/^\["/, '')
    .replace(/"\]$/, '')
    .replaceAll('","', ' · ')
    .replace(/\\(["\\])/g, '$1');
}

/** The body's snippet, unless only the key points matched: then theirs. */
function chosenSnippet(body: string, points: string): string {
  const matched = (text: string) => text.includes(MATCH_OPEN);
  if (matched(body) || !matched(points)) return body;
  return keyPointsSnippet(points);
}

/**
 * The articles whose highlights (quote or note) or article note match, by rowid: these hits
 * follow every hit in the article text itself. A highlight's article comes from the compact
 * annotation_article map (migration 80), so a common word matching thousands of highlights
 * reads no highlight and looks no article up by id.
 */
const ANNOTATED = `
  annotated (rid) AS (
    SELECT aa.article_rowid FROM annotation_fts JOIN annotation_article aa ON aa.annotation_rowid = annotation_fts.rowid
    WHERE annotation_fts MATCH @match
    UNION
    SELECT ar.rowid FROM note_fts JOIN note n ON n.rowid = note_fts.rowid JOIN article ar ON ar.id = n.article_id
    WHERE note_fts MATCH @match AND n.kind = 'article')`;

/** A page of hits, by rowid, in order; `extra` marks those found only by a highlight or the article note. */
type RankedRow = { total: number; rid: number | null; extra: 0 | 1 | null };

/**
 * Each hit of the article text once, with its score, and the hits with a term to find in their
 * title (unranked: only scoring reads every hit's positions, so a second score per hit would cost
 * more than this second match of the index).
 */
const TEXT_HITS = (filter: string) => `
  text AS MATERIALIZED (
    SELECT f.rowid AS rid, f.rank AS score
    FROM article_fts f
    WHERE f.article_fts MATCH @match AND f.rank MATCH '${RANK}' AND ${filter}),
  titled AS MATERIALIZED (SELECT rowid AS rid FROM article_fts WHERE article_fts MATCH @titleMatch)`;

/**
 * One search is three statements. The first matches each FTS index once (the article index
 * twice: ranked, and unranked for title hits): it ranks every hit of the article text (title hits
 * first), then the articles found only by a highlight or their note (excluded by the
 * already-materialised text hits), counts them all and picks the page. The other two read,
 * highlight and snip only the rows of that page: article-text hits in one pass of the index,
 * highlight-only hits from their highlight. Marked text comes back over the stored text (the
 * index sees it without the characters search ignores: migration 80).
 */
export function searchRepo(db: Database.Database) {
  const textHits = db.prepare(
    `SELECT article_fts.rowid AS rid, ${HIT_COLUMNS},
         highlight(article_fts, 0, ${OPEN}, ${CLOSE}) AS marked_title,
         snippet(article_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_snippet,
         snippet(article_fts, 2, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_points,
         ${withIgnored('title')} AS original_title, ${withIgnored('body')} AS original_body,
         ${withIgnored('key_points')} AS original_points
       FROM article_fts
         CROSS JOIN article a ON a.rowid = article_fts.rowid
         LEFT JOIN article_searchable s ON s.rowid = article_fts.rowid
       WHERE article_fts MATCH @match AND article_fts.rowid BETWEEN @low AND @high
         AND +article_fts.rowid IN (SELECT value FROM json_each(@rids))`,
  );
  const annotatedHits = db.prepare(
    `SELECT ${HIT_COLUMNS}, a.title AS marked_title, NULL AS original_title,
         coalesce(
           (SELECT json_array(snippet(annotation_fts, -1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}), an.exact, an.note)
             FROM annotation_fts JOIN annotation an ON an.rowid = annotation_fts.rowid
             WHERE annotation_fts MATCH @match AND an.article_id = a.id ORDER BY annotation_fts.rank LIMIT 1),
           (SELECT json_array(snippet(note_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}), n.body)
             FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
             WHERE note_fts MATCH @match AND n.article_id = a.id AND n.kind = 'article' LIMIT 1)) AS marked_sources
       FROM json_each(@rids) AS page CROSS JOIN article a ON a.rowid = page.value
       ORDER BY page.key`,
  );

  // One statement per shape of filters (their values are parameters): preparing it costs as much
  // as a small search. Shapes vary with how many outlets or tags are chosen, so the cache is capped.
  const rankedStatements = new Map<string, Database.Statement>();
  function prepareOnce(sql: string): Database.Statement {
    let statement = rankedStatements.get(sql);
    if (!statement) {
      if (rankedStatements.size >= 32) rankedStatements.clear();
      statement = db.prepare(sql);
      rankedStatements.set(sql, statement);
    }
    return statement;
  }

  function rankedPage({ match, titleMatch, filters, limit, offset }: FtsSearch): RankedRow[] {
    const textFilter = articleFilterCondition(filters, 'f.rowid');
    const extraFilter = articleFilterCondition(filters, 'rid');
    return prepareOnce(
        `WITH ${TEXT_HITS(textFilter.sql)}, ${ANNOTATED},
           hits AS MATERIALIZED (
             SELECT rid, 0 AS extra, rid IN (SELECT rid FROM titled) AS in_title, score FROM text
             UNION ALL
             SELECT rid, 1, 0, 0 FROM annotated WHERE ${extraFilter.sql} AND rid NOT IN (SELECT rid FROM text))
         SELECT counted.total, page.rid, page.extra
         FROM (SELECT count(*) AS total FROM hits) AS counted
           LEFT JOIN (SELECT * FROM hits ORDER BY extra, in_title DESC, score, rid LIMIT @limit OFFSET @offset) AS page
         ORDER BY page.extra, page.in_title DESC, page.score, page.rid`,
      )
      .all(...textFilter.params, ...extraFilter.params, { match, titleMatch, limit, offset }) as RankedRow[];
  }

  /**
   * The page's article-text hits, in the given order, with the title marked and the snippets:
   * one pass of the index over the page's rowid range (the rows off the page cost a step of the
   * index each and are not snipped), as seeking each rowid would restart the match each time.
   */
  function textRows(match: string, rids: number[]): HitRow[] {
    if (rids.length === 0) return [];
    const rows = textHits.all({ match, low: Math.min(...rids), high: Math.max(...rids), rids: JSON.stringify(rids) }) as (HitRow & { rid: number })[];
    const byRid = new Map(rows.map(({ rid, ...row }) => [rid, row as HitRow]));
    return rids.map((rid) => byRid.get(rid)!);
  }

  /** The page's hits found only by a highlight or the article note, with the snippet from there. */
  function annotatedRows(match: string, rids: number[]): HitRow[] {
    if (rids.length === 0) return [];
    return annotatedHits.all({ match, rids: JSON.stringify(rids) }) as HitRow[];
  }

  return {
    search(search: FtsSearch): SearchPage {
      const { match } = search;
      const ranked = rankedPage(search);
      const page = ranked.filter((row): row is RankedRow & { rid: number } => row.rid !== null);
      const rows = [
        ...textRows(match, page.filter((row) => row.extra === 0).map((row) => row.rid)),
        ...annotatedRows(match, page.filter((row) => row.extra === 1).map((row) => row.rid)),
      ];
      return {
        total: ranked[0]?.total ?? 0,
        hits: rows.map((row) => {
          const { title, snippet } = markedTexts(row);
          return { article: articleOf(row), title: markedTextParts(title), snippet: markedTextParts(snippet) };
        }),
      };
    },
  };
}
export type SearchRepo = ReturnType<typeof searchRepo>;
