import type { ArticleFilters } from '../../../shared/domain/article.js';
import { AppError } from '../errors.js';

/** SQL text with its positional (`?`) parameters, in order. */
export interface SqlFragment {
  sql: string;
  params: string[];
}

const IDENTIFIER_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a calendar date is real (no 31 April) and returns it as a UTC Date. */
function calendarDay(date: string, field: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw new AppError('invalid_input', `${field}: ${date} is not a calendar date.`, field);
  }
  return parsed;
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Ids of the articles with a highlight carrying one of the listed tags or a tag below them. */
const TAGGED_ARTICLES = (tagList: string) => `
  WITH RECURSIVE wanted (id) AS (
    SELECT id FROM tag WHERE id IN (${tagList})
    UNION SELECT tag.id FROM tag JOIN wanted ON tag.parent_id = wanted.id)
  SELECT annotation.article_id FROM wanted
    JOIN annotation_tag ON annotation_tag.tag_id = wanted.id
    JOIN annotation ON annotation.id = annotation_tag.annotation_id`;
const rowidsWhere = (condition: string, params: string[]): SqlFragment => ({
  sql: `SELECT rowid FROM article WHERE ${condition}`,
  params,
});

/**
 * Each filter that narrows, as a subquery of the article rowids it lets through (an empty or
 * absent list does not narrow). Each subquery reads only its own index, never article rows:
 * the columns after the body are slow to reach. Values only ever travel as parameters.
 *
 * Dates compare as ISO text, which orders dates and timestamps alike; `published_to` given as a
 * date includes the whole day. Articles without a publication date drop out once either date
 * bound is set.
 */
export function articleFilterSets(filters: ArticleFilters): SqlFragment[] {
  const sets: SqlFragment[] = [];
  if (filters.outlets?.length) {
    // Outlets match regardless of case, as the list sorts and the facets group them.
    sets.push(rowidsWhere(`outlet COLLATE NOCASE IN (${placeholders(filters.outlets)})`, [...filters.outlets]));
  }
  if (filters.languages?.length) {
    sets.push(rowidsWhere(`language IN (${placeholders(filters.languages)})`, [...filters.languages]));
  }
  const from = filters.published_from?.trim();
  const to = filters.published_to?.trim();
  const dates: string[] = [];
  const bounds: string[] = [];
  if (from) {
    if (DATE_ONLY.test(from)) calendarDay(from, 'filters.published_from');
    dates.push('published_at >= ?');
    bounds.push(from);
  }
  if (to && DATE_ONLY.test(to)) {
    // Before the next day, so timestamps late on the last day are in.
    const nextDay = calendarDay(to, 'filters.published_to');
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    dates.push('published_at < ?');
    bounds.push(nextDay.toISOString().slice(0, 10));
  } else if (to) {
    dates.push('published_at <= ?');
    bounds.push(to);
  }
  if (dates.length) sets.push(rowidsWhere(dates.join(' AND '), bounds));
  if (filters.tag_ids?.length) {
    sets.push(rowidsWhere(`id IN (${TAGGED_ARTICLES(placeholders(filters.tag_ids))})`, [...filters.tag_ids]));
  }
  return sets;
}

/** Membership of `rowid` in every set; `1` (true) when there are none. */
export function rowidInAll(sets: SqlFragment[], rowid = 'rowid'): SqlFragment {
  if (!IDENTIFIER_PATH.test(rowid)) throw new Error(`Not a column name: ${rowid}`);
  // The unary + keeps SQLite from turning membership into one row lookup per member.
  return {
    sql: sets.length ? sets.map((set) => `+${rowid} IN (${set.sql})`).join(' AND ') : '1',
    params: sets.flatMap((set) => set.params),
  };
}

/**
 * The library's filters as one condition on an article rowid column (all must hold), for any
 * query over article rows: `WHERE ${sql}`, or for search
 * `WHERE article_fts MATCH ? AND ${articleFilterCondition(filters, 'article_fts.rowid').sql}`.
 */
export function articleFilterCondition(filters: ArticleFilters, rowid = 'rowid'): SqlFragment {
  return rowidInAll(articleFilterSets(filters), rowid);
}
