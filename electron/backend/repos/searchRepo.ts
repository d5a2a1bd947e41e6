import type Database from 'better-sqlite3';
import type { ArticleFilters, ArticleSummary } from '../../../shared/domain/article.js';
import type { SearchPage } from '../../../shared/domain/search.js';
import { MATCH_CLOSE, MATCH_OPEN, markedTextParts } from '../../../shared/search/markedText.js';
import { summaryCounts } from './articleRepo.js';
import { articleFilterCondition } from './articleFilters.js';

export interface FtsSearch {
  /** MATCH expression for the whole query. */
  match: string;
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

type HitRow = Omit<ArticleSummary, 'key_points'> & {
  key_points: string;
  marked_title: string;
  marked_snippet: string;
  /** Set on article-text hits: a snippet of the key points column, used when the body has no match. */
  marked_points?: string;
};

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
function chosenSnippet(body: string, points: string | undefined): string {
  const matched = (text: string) => text.includes(MATCH_OPEN);
  if (points === undefined || matched(body) || !matched(points)) return body;
  return keyPointsSnippet(points);
}

/**
 * The articles whose highlights (quote or note) or article note match, by rowid: these hits
 * follow every hit in the article text itself. Each article is looked up once, not once a hit.
 */
const ANNOTATED = `
  annotated (rid) AS (
    SELECT ar.rowid FROM article ar WHERE ar.id IN (
      SELECT an.article_id FROM annotation_fts JOIN annotation an ON an.rowid = annotation_fts.rowid
      WHERE annotation_fts MATCH @match
      UNION
      SELECT n.article_id FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
      WHERE note_fts MATCH @match AND n.kind = 'article'))`;

/** A page of hits, by rowid, in order; `extra` marks those found only by a highlight or the article note. */
type RankedRow = { total: number; rid: number | null; extra: 0 | 1 | null };

/**
 * Each hit of the article text once, with its score and whether a term to find is in its title:
 * with the title weighted alone, bm25 is below zero exactly when a phrase of the (matched) query
 * occurs in the title, so the title-first order needs no second match of the index.
 */
const TEXT_HITS = (filter: string) => `
  text AS MATERIALIZED (
    SELECT f.rowid AS rid, f.rank AS score, bm25(article_fts, 1.0, 0.0, 0.0) < 0 AS in_title
    FROM article_fts f
    WHERE f.article_fts MATCH @match AND f.rank MATCH '${RANK}' AND ${filter})`;

/**
 * One search is three statements. The first matches each FTS index once: it ranks every hit of
 * the article text (title hits first), then the articles found only by a highlight or their note
 * (excluded by the already-materialised text hits), counts them all and picks the page. The other
 * two read, highlight and snip only the rows of that page: article-text hits by seeking the index
 * to each rowid (CROSS JOIN keeps that order of work), highlight-only hits from their highlight.
 */
export function searchRepo(db: Database.Database) {
  const textHits = db.prepare(
    `SELECT ${HIT_COLUMNS},
         highlight(article_fts, 0, ${OPEN}, ${CLOSE}) AS marked_title,
         snippet(article_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_snippet,
         snippet(article_fts, 2, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_points
       FROM json_each(?) AS page
         CROSS JOIN article_fts ON article_fts.rowid = page.value
         CROSS JOIN article a ON a.rowid = page.value
       WHERE article_fts MATCH ?
       ORDER BY page.key`,
  );
  const annotatedHits = db.prepare(
    `SELECT ${HIT_COLUMNS}, a.title AS marked_title,
         coalesce(
           (SELECT snippet(annotation_fts, -1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS})
             FROM annotation_fts JOIN annotation an ON an.rowid = annotation_fts.rowid
             WHERE annotation_fts MATCH @match AND an.article_id = a.id ORDER BY annotation_fts.rank LIMIT 1),
           (SELECT snippet(note_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS})
             FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
             WHERE note_fts MATCH @match AND n.article_id = a.id AND n.kind = 'article' LIMIT 1)) AS marked_snippet
       FROM json_each(@rids) AS page CROSS JOIN article a ON a.rowid = page.value
       ORDER BY page.key`,
  );

  function rankedPage(match: string, filters: ArticleFilters, limit: number, offset: number): RankedRow[] {
    const textFilter = articleFilterCondition(filters, 'f.rowid');
    const extraFilter = articleFilterCondition(filters, 'rid');
    return db
      .prepare(
        `WITH ${TEXT_HITS(textFilter.sql)}, ${ANNOTATED},
           hits AS MATERIALIZED (
             SELECT rid, 0 AS extra, in_title, score FROM text
             UNION ALL
             SELECT rid, 1, 0, 0 FROM annotated WHERE ${extraFilter.sql} AND rid NOT IN (SELECT rid FROM text))
         SELECT counted.total, page.rid, page.extra
         FROM (SELECT count(*) AS total FROM hits) AS counted
           LEFT JOIN (SELECT * FROM hits ORDER BY extra, in_title DESC, score, rid LIMIT @limit OFFSET @offset) AS page
         ORDER BY page.extra, page.in_title DESC, page.score, page.rid`,
      )
      .all(...textFilter.params, ...extraFilter.params, { match, limit, offset }) as RankedRow[];
  }

  /** The page's article-text hits, in the given order, with the title marked and the snippets. */
  function textRows(match: string, rids: number[]): HitRow[] {
    if (rids.length === 0) return [];
    return textHits.all(JSON.stringify(rids), match) as HitRow[];
  }

  /** The page's hits found only by a highlight or the article note, with the snippet from there. */
  function annotatedRows(match: string, rids: number[]): HitRow[] {
    if (rids.length === 0) return [];
    return annotatedHits.all({ match, rids: JSON.stringify(rids) }) as HitRow[];
  }

  return {
    search({ match, filters, offset, limit }: FtsSearch): SearchPage {
      const ranked = rankedPage(match, filters, limit, offset);
      const page = ranked.filter((row): row is RankedRow & { rid: number } => row.rid !== null);
      const rows = [
        ...textRows(match, page.filter((row) => row.extra === 0).map((row) => row.rid)),
        ...annotatedRows(match, page.filter((row) => row.extra === 1).map((row) => row.rid)),
      ];
      return {
        total: ranked[0]?.total ?? 0,
        hits: rows.map(({ marked_title, marked_snippet, marked_points, key_points, ...article }) => ({
          article: { ...article, key_points: JSON.parse(key_points) as string[] },
          title: markedTextParts(marked_title),
          snippet: markedTextParts(chosenSnippet(marked_snippet, marked_points)),
        })),
      };
    },
  };
}
export type SearchRepo = ReturnType<typeof searchRepo>;
