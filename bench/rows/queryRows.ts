import { startBackend, type Backend } from '../../electron/backend/app.js';
import type { TransactionalHandler } from '../../electron/backend/handlers.js';
import { articleHandlers } from '../../electron/backend/handlers/articleHandlers.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { startHost } from '../../electron/host/server.js';
import { contract } from '../../shared/contract.js';
import { parseSearchQuery, toFtsColumnMatch, toFtsMatch } from '../../shared/search/query.js';
import { okValue, type BenchContext } from '../lib/context.js';
import { resultRow, sample } from '../lib/measure.js';

/** Typical analyst searches: names, places, a phrase, a prefix, an OR, an exclusion, Urdu script. */
export const SEARCHES = ['Torkham', 'Muttaqi', 'refugee returns', '"transit agreement"', 'sanctu*', 'Kabul OR Islamabad', 'trade -Doha', 'سرحد'];

const SNIPPET = `snippet(article_fts, 1, char(2), char(3), '…', 32)`;

/** Search, opening the heavy article, the comparison for one year and one call over the wire. */
export async function queryRows(context: BenchContext): Promise<void> {
  const { workspace, runs, add, log } = context;
  const size = workspace.articles;
  const backend = startBackend(workspace.dir, { logError: () => {} });
  const raw = openWorkspace(workspace.dir).db;
  try {
    log('search: the handler through the dispatcher vs the raw FTS5 queries of the same ranking and snippets');
    const measured: number[] = [];
    const baseline: number[] = [];
    // The same ranking (title hits first, then bm25; then the articles found only by a highlight or
    // their note) and the same snippets (title, body, key points, or the highlight's), as raw SQL.
    const ranked = raw.prepare(`
      WITH text AS MATERIALIZED (
          SELECT rowid AS rid, rank AS score FROM article_fts
          WHERE article_fts MATCH @match AND rank MATCH 'bm25(10.0, 1.0, 5.0)'),
        titled AS MATERIALIZED (SELECT rowid AS rid FROM article_fts WHERE article_fts MATCH @titleMatch),
        annotated (rid) AS (
          SELECT aa.article_rowid FROM annotation_fts JOIN annotation_article aa ON aa.annotation_rowid = annotation_fts.rowid
          WHERE annotation_fts MATCH @match
          UNION
          SELECT ar.rowid FROM note_fts JOIN note n ON n.rowid = note_fts.rowid JOIN article ar ON ar.id = n.article_id
          WHERE note_fts MATCH @match AND n.kind = 'article'),
        hits AS MATERIALIZED (
          SELECT rid, 0 AS extra, rid IN (SELECT rid FROM titled) AS in_title, score FROM text
          UNION ALL SELECT rid, 1, 0, 0 FROM annotated WHERE rid NOT IN (SELECT rid FROM text))
      SELECT (SELECT count(*) FROM hits) AS total, rid, extra FROM hits ORDER BY extra, in_title DESC, score, rid LIMIT 50`);
    const textSnippets = raw.prepare(`
      SELECT a.id, a.title, highlight(article_fts, 0, char(2), char(3)) AS t, ${SNIPPET} AS s,
        snippet(article_fts, 2, char(2), char(3), '…', 32) AS k
      FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
      WHERE article_fts MATCH @match AND article_fts.rowid IN (SELECT value FROM json_each(@rids))`);
    const highlightSnippets = raw.prepare(`
      SELECT a.id, a.title, (SELECT snippet(annotation_fts, -1, char(2), char(3), '…', 32)
          FROM annotation_fts JOIN annotation an ON an.rowid = annotation_fts.rowid
          WHERE annotation_fts MATCH @match AND an.article_id = a.id ORDER BY annotation_fts.rank LIMIT 1) AS s
      FROM article a WHERE a.rowid IN (SELECT value FROM json_each(@rids))`);
    const rawSearch = (match: string, titleMatch: string) => {
      const page = ranked.all({ match, titleMatch }) as { rid: number; extra: number }[];
      const rids = (extra: number) => JSON.stringify(page.filter((row) => row.extra === extra).map((row) => row.rid));
      return [textSnippets.all({ match, rids: rids(0) }), highlightSnippets.all({ match, rids: rids(1) })];
    };
    for (const query of SEARCHES) {
      const parsed = parseSearchQuery(query);
      const [match, titleMatch] = [toFtsMatch(parsed), toFtsColumnMatch(parsed, 'title')];
      measured.push(...(await sample(() => backend.dispatch('search.query', { query }).then(okValue), { runs: runs * 2 })));
      baseline.push(...(await sample(() => rawSearch(match, titleMatch), { runs: runs * 2 })));
    }
    add(resultRow('search (p50, p95 over typical queries)', size, measured, baseline, 'at most 1.3'));

    log('open an article with 500 highlights: the one call the reader makes vs the raw SELECTs');
    const article = raw.prepare(`SELECT * FROM article WHERE id = ?`);
    const highlights = raw.prepare(`
      SELECT an.*, (SELECT json_group_array(tag_id) FROM annotation_tag WHERE annotation_id = an.id) AS tags
      FROM annotation an WHERE an.article_id = ? ORDER BY an.start`);
    // The same data as the handler's statements: the speaker's name and the quote (tags come with the highlights).
    const statements = raw.prepare(`
      SELECT s.*, an.exact, act.name FROM annotation an JOIN statement s ON s.annotation_id = an.id
        LEFT JOIN actor act ON act.id = s.actor_id
      WHERE an.article_id = ?`);
    add(resultRow('open an article with 500 highlights (handler)', size,
      await sample(() => backend.dispatch('articles.open', { id: workspace.heavyId }).then(okValue), { runs: runs * 4 }),
      await sample(() => (article.get(workspace.heavyId), highlights.all(workspace.heavyId), statements.all(workspace.heavyId)), { runs: runs * 4 }),
      'at most 1.3'));

    log('comparison for one year: the handler vs the raw grouped SQL');
    const filters = { from: '2024-01-01', to: '2024-12-31' };
    const grouped = raw.prepare(`
      SELECT topic_id, side_id, count(*) AS n FROM statement_topic
      WHERE side_id IN ('pakistan', 'afghanistan') AND said_on BETWEEN ? AND ? GROUP BY topic_id, side_id`);
    // Each cell's newest 20 off the (topic, side, date) index, with what a cell shows of each: the
    // raw form of what the handler returns (a window over the whole year would cost far more).
    const newest = raw.prepare(`
      SELECT st.said_on, s.*, an.exact, ar.title, ar.outlet, ar.url, act.name
      FROM statement_topic st JOIN statement s ON s.id = st.statement_id JOIN annotation an ON an.id = s.annotation_id
        JOIN article ar ON ar.id = an.article_id LEFT JOIN actor act ON act.id = s.actor_id
      WHERE st.topic_id = ? AND st.side_id = ? AND st.said_on BETWEEN ? AND ?
      ORDER BY st.said_on DESC, st.created_at DESC LIMIT 20`);
    const total = raw.prepare(`
      SELECT count(*) FROM statement_topic
      WHERE lead AND side_id IN ('pakistan', 'afghanistan') AND said_on BETWEEN ? AND ?`).pluck();
    const rawMatrix = () => {
      const cells = grouped.all(filters.from, filters.to) as { topic_id: string; side_id: string }[];
      for (const cell of cells) newest.all(cell.topic_id, cell.side_id, filters.from, filters.to);
      return total.get(filters.from, filters.to);
    };
    add(resultRow('comparison, one year (handler)', size,
      await sample(() => backend.dispatch('compare.matrix', { filters }).then(okValue), { runs: runs * 2 }),
      await sample(rawMatrix, { runs: runs * 2 }),
      'at most 1.3'));

    await wireRows(context, backend);
  } finally {
    raw.close();
    backend.close();
  }
}

/** One typical call (the library's first page) called directly, IPC-shaped, and over HTTP. */
async function wireRows({ workspace, runs, add, log }: BenchContext, backend: Backend): Promise<void> {
  log('one call over the wire: IPC-shaped and HTTP vs the handler called directly');
  const size = workspace.articles;
  const input = { sort: 'imported_at', order: 'desc', offset: 0, limit: 50 };
  const db = backend.workspace.db;
  const handler = articleHandlers(backend.workspace)['articles.list'] as TransactionalHandler<'articles.list'>;
  const parsed = contract['articles.list'].input.parse(input);
  const direct = await sample(() => db.transaction(() => handler(parsed))(), { runs: runs * 4 });
  // What IPC adds: a structured clone each way around the one dispatcher.
  const ipc = await sample(async () => structuredClone(okValue(await backend.dispatch('articles.list', structuredClone(input)))), { runs: runs * 4 });
  add(resultRow('one call, IPC-shaped (articles.list)', size, ipc, direct, 'report it'));

  const host = await startHost({ dataDir: workspace.dir, port: 0, open: false });
  try {
    const handover = await fetch(host.url, { redirect: 'manual' });
    const cookie = handover.headers.get('set-cookie')?.split(';')[0] ?? '';
    const body = JSON.stringify(input);
    const http = await sample(async () => {
      const response = await fetch(`${host.origin}/rpc/articles.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: host.origin },
        body,
      });
      okValue(await response.json());
    }, { runs: runs * 4 });
    add(resultRow('one call, HTTP round trip (articles.list)', size, http, direct, 'report it'));
  } finally {
    await host.close();
  }
}
