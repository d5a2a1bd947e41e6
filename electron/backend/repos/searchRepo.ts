import type Database from 'better-sqlite3';
import type { ArticleFilters, ArticleSummary } from '../../../shared/domain/article.js';
import type { SearchPage } from '../../../shared/domain/search.js';
import { MATCH_CLOSE, MATCH_OPEN, markedTextParts } from '../../../shared/search/markedText.js';
import { summaryCounts } from './articleRepo.js';
import { articleFilterCondition } from './articleFilters.js';

export interface FtsSearch {
  /** MATCH expression for the whole query. */
  match: string;
  /** MATCH expression true when a term to find is in the title: those hits rank first. */
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
 * The articles whose highlights (quote or note) or article note match, by rowid. Low volume:
 * these hits follow every hit in the article text itself.
 */
const ANNOTATED = `
  annotated (rid) AS (
    SELECT ar.rowid FROM annotation_fts
      JOIN annotation an ON an.rowid = annotation_fts.rowid
      JOIN article ar ON ar.id = an.article_id
    WHERE annotation_fts MATCH ?
    UNION
    SELECT ar.rowid FROM note_fts
      JOIN note n ON n.rowid = note_fts.rowid
      JOIN article ar ON ar.id = n.article_id
    WHERE note_fts MATCH ? AND n.kind = 'article')`;

/**
 * Article-text hits take two statements, the count and one page; articles found only by a
 * highlight or their note (see annotatedOnly) follow them. The page ranks every match cheaply
 * (rowids, title flag, score) and only then reads, highlights and snips the rows it shows, by
 * rowid (CROSS JOIN keeps that order of work).
 */
export function searchRepo(db: Database.Database) {
  /** The hits only a highlight or the article note finds (not the article text), with the snippet from there. */
  function annotatedOnly(match: string, filters: ArticleFilters) {
    const where = articleFilterCondition(filters, 'rid');
    const hits = `
      WITH ${ANNOTATED}
      SELECT rid FROM annotated WHERE ${where.sql}
        AND rid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)`;
    const params = [match, match, ...where.params, match];
    const total = db.prepare(`SELECT count(*) FROM (${hits})`).pluck().get(...params) as number;
    return {
      total,
      page(limit: number, offset: number): HitRow[] {
        if (total <= offset) return [];
        return db
          .prepare(
            `WITH page AS (${hits} ORDER BY rid LIMIT ? OFFSET ?)
             SELECT ${HIT_COLUMNS}, a.title AS marked_title,
               coalesce(
                 (SELECT snippet(annotation_fts, -1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS})
                   FROM annotation_fts JOIN annotation an ON an.rowid = annotation_fts.rowid
                   WHERE annotation_fts MATCH ? AND an.article_id = a.id ORDER BY annotation_fts.rank LIMIT 1),
                 (SELECT snippet(note_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS})
                   FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
                   WHERE note_fts MATCH ? AND n.article_id = a.id AND n.kind = 'article' LIMIT 1)) AS marked_snippet
             FROM page CROSS JOIN article a ON a.rowid = page.rid
             ORDER BY page.rid`,
          )
          .all(...params, limit, offset, match, match) as HitRow[];
      },
    };
  }

  return {
    search({ match, titleMatch, filters, offset, limit }: FtsSearch): SearchPage {
      const where = articleFilterCondition(filters, 'f.rowid');
      const textTotal = db
        .prepare(`SELECT count(*) FROM article_fts f WHERE f.article_fts MATCH ? AND ${where.sql}`)
        .pluck()
        .get(match, ...where.params) as number;
      const onlyAnnotated = annotatedOnly(match, filters);
      const rows = db
        .prepare(
          `WITH page AS (
             SELECT f.rowid AS rid,
               f.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?) AS in_title,
               f.rank AS score
             FROM article_fts f
             WHERE f.article_fts MATCH ? AND f.rank MATCH '${RANK}' AND ${where.sql}
             ORDER BY in_title DESC, score, rid
             LIMIT ? OFFSET ?)
           SELECT ${HIT_COLUMNS},
             highlight(article_fts, 0, ${OPEN}, ${CLOSE}) AS marked_title,
             snippet(article_fts, 1, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_snippet,
             snippet(article_fts, 2, ${OPEN}, ${CLOSE}, '…', ${SNIPPET_WORDS}) AS marked_points
           FROM page
             CROSS JOIN article_fts ON article_fts.rowid = page.rid
             CROSS JOIN article a ON a.rowid = page.rid
           WHERE article_fts MATCH ?
           ORDER BY page.in_title DESC, page.score, page.rid`,
        )
        .all(titleMatch, match, ...where.params, limit, offset, match) as HitRow[];
      // Articles found only by a highlight or their note come after every hit in the article text.
      const extraOffset = Math.max(0, offset - textTotal);
      const extraRows = rows.length < limit ? onlyAnnotated.page(limit - rows.length, extraOffset) : [];
      return {
        total: textTotal + onlyAnnotated.total,
        hits: [...rows, ...extraRows].map(({ marked_title, marked_snippet, marked_points, key_points, ...article }) => ({
          article: { ...article, key_points: JSON.parse(key_points) as string[] },
          title: markedTextParts(marked_title),
          snippet: markedTextParts(chosenSnippet(marked_snippet, marked_points)),
        })),
      };
    },
  };
}
export type SearchRepo = ReturnType<typeof searchRepo>;
