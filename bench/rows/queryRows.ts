import { startBackend, type Backend } from '../../electron/backend/app.js';
import type { TransactionalHandler } from '../../electron/backend/handlers.js';
import { articleHandlers } from '../../electron/backend/handlers/articleHandlers.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { startHost } from '../../electron/host/server.js';
import { contract } from '../../shared/contract.js';
import { parseSearchQuery, toFtsMatch } from '../../shared/search/query.js';
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
    log('search: the handler through the dispatcher vs the raw FTS5 query');
    const measured: number[] = [];
    const baseline: number[] = [];
    const count = raw.prepare(`SELECT count(*) FROM article_fts WHERE article_fts MATCH ?`).pluck();
    const page = raw.prepare(`
      SELECT a.id, a.title, highlight(article_fts, 0, char(2), char(3)) AS t, ${SNIPPET} AS s
      FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
      WHERE article_fts MATCH ? AND article_fts.rank MATCH 'bm25(10.0, 1.0, 5.0)' ORDER BY rank LIMIT 50`);
    for (const query of SEARCHES) {
      const match = toFtsMatch(parseSearchQuery(query));
      measured.push(...(await sample(() => backend.dispatch('search.query', { query }).then(okValue), { runs: runs * 2 })));
      baseline.push(...(await sample(() => (count.get(match), page.all(match)), { runs: runs * 2 })));
    }
    add(resultRow('search (p50, p95 over typical queries)', size, measured, baseline, 'at most 1.3'));

    log('open an article with 500 highlights: handlers vs the raw SELECTs');
    const open = (b: Backend) => Promise.all([
      b.dispatch('articles.get', { id: workspace.heavyId }).then(okValue),
      b.dispatch('annotations.list', { article_id: workspace.heavyId }).then(okValue),
      b.dispatch('statements.list', { article_id: workspace.heavyId }).then(okValue),
    ]);
    const article = raw.prepare(`SELECT * FROM article WHERE id = ?`);
    const highlights = raw.prepare(`
      SELECT an.*, (SELECT json_group_array(tag_id) FROM annotation_tag WHERE annotation_id = an.id) AS tags
      FROM annotation an WHERE an.article_id = ? ORDER BY an.start`);
    const statements = raw.prepare(`
      SELECT s.* FROM annotation an JOIN statement s ON s.annotation_id = an.id WHERE an.article_id = ?`);
    add(resultRow('open an article with 500 highlights (handlers)', size,
      await sample(() => open(backend), { runs: runs * 4 }),
      await sample(() => (article.get(workspace.heavyId), highlights.all(workspace.heavyId), statements.all(workspace.heavyId)), { runs: runs * 4 }),
      'at most 1.3'));

    log('comparison for one year: the handler vs the raw grouped SQL');
    const filters = { from: '2024-01-01', to: '2024-12-31' };
    const grouped = raw.prepare(`
      SELECT topic_id, side_id, count(*) AS n FROM statement_topic
      WHERE side_id IN ('pakistan', 'afghanistan') AND said_on BETWEEN ? AND ? GROUP BY topic_id, side_id`);
    const newest = raw.prepare(`
      SELECT * FROM (
        SELECT st.*, row_number() OVER (PARTITION BY st.topic_id, st.side_id ORDER BY st.said_on DESC, st.created_at DESC) AS n
        FROM statement_topic st WHERE st.side_id IN ('pakistan', 'afghanistan') AND st.said_on BETWEEN ? AND ?) page
        JOIN statement s ON s.id = page.statement_id JOIN annotation an ON an.id = s.annotation_id
        JOIN article ar ON ar.id = an.article_id LEFT JOIN actor act ON act.id = s.actor_id
      WHERE page.n <= 20`);
    add(resultRow('comparison, one year (handler)', size,
      await sample(() => backend.dispatch('compare.matrix', { filters }).then(okValue), { runs: runs * 2 }),
      await sample(() => (grouped.all(filters.from, filters.to), newest.all(filters.from, filters.to)), { runs: runs * 2 }),
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
