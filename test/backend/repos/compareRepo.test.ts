import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { compareRepo } from '../../../electron/backend/repos/compareRepo.js';
import { compareService } from '../../../electron/backend/services/compareService.js';
import { useBackend } from '../../helpers/backend.js';
import { compareSeed } from '../services/compareSeed.js';

/** The connection with every statement prepared through it logged with the parameters it ran with. */
function logged(db: Database.Database) {
  const runs: { sql: string; params: unknown[] }[] = [];
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key !== 'prepare') return Reflect.get(target, key, target) as unknown;
      return (sql: string) => {
        const statement = target.prepare(sql);
        for (const method of ['all', 'get'] as const) {
          const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
          (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
            runs.push({ sql, params });
            return original(...params);
          };
        }
        return statement;
      };
    },
  });
  return { db: proxy, runs };
}

describe('compare repository', () => {
  const backend = useBackend();

  it('reads statements through indexes, never scanning the statement tables', () => {
    const { workspace } = backend();
    const seed = compareSeed(workspace.db);
    const article = seed.article({ outlet: 'Dawn' });
    const topic = seed.tag('Zz Trade');
    for (let i = 0; i < 30; i++) {
      seed.statement({ article, quote: `border trade ${i}`, tags: i % 3 ? [topic] : [], said_on: `2025-04-${String((i % 28) + 1).padStart(2, '0')}` });
    }
    const { db, runs } = logged(workspace.db);
    const compare = compareService(compareRepo(db));
    for (const filters of [{}, { from: '2025-04-01', to: '2025-04-10' }, { stances: ['hostile' as const], outlets: ['dawn'], text: 'border', kinds: ['direct' as const] }, { topics: [topic] }]) {
      compare.matrix({ filters, per_cell: 20 });
      compare.cell({ topic_id: topic, side_id: 'pakistan', filters, offset: 0, limit: 5 });
      compare.timeline({ filters, bucket: 'week' });
    }
    const statementQueries = runs.filter((run) => /\bstatement(_topic)? (s|st)\b/.test(run.sql));
    expect(statementQueries.length).toBeGreaterThan(20);
    for (const { sql, params } of statementQueries) {
      const plan = (workspace.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
      expect({ sql, scans: plan.filter((detail) => /^SCAN (s|st|an|ar)\b/.test(detail)) }).toEqual({ sql, scans: [] });
    }
  });
});
