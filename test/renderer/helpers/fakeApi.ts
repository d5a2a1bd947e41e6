import type { Channel } from '../../../shared/contract';
import type { Article } from '../../../shared/domain/article';
import type { ApiError as ApiErrorShape, Result } from '../../../shared/result';
import { createApi, type Api, type Transport } from '../../../renderer/api/client';

export interface FakeApi {
  api: Api;
  /** Every call in order, as the store made it. */
  calls: { channel: Channel; input: unknown }[];
  /** Puts an article straight into the fake library. */
  seed(article: Partial<Article> & Pick<Article, 'title' | 'body'>): Article;
  /** Makes the next call on `channel` answer `{ ok: false, error }`. */
  failNext(channel: Channel, error: ApiErrorShape): void;
}

let sequence = 0;

export function article(fields: Partial<Article> & Pick<Article, 'title' | 'body'>): Article {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    url: null,
    outlet: null,
    author: null,
    published_at: null,
    dateline: null,
    language: 'en',
    direction: 'ltr',
    content_hash: `hash-${sequence}`,
    imported_at: new Date(Date.UTC(2025, 3, 1, 0, sequence)).toISOString(),
    revision: 1,
    key_points: [],
    source_name: null,
    updated_at: null,
    ...fields,
  };
}

/**
 * An in-memory stand-in answering a few article channels, for tests that need exact ids and
 * dates or injected failures. Prefer backendApi() (the real backend) for anything else.
 */
export function fakeApi(): FakeApi {
  const library: Article[] = [];
  const calls: FakeApi['calls'] = [];
  const failures = new Map<Channel, ApiErrorShape>();

  const answer = (channel: Channel, input: Record<string, unknown>): Result<unknown> => {
    switch (channel) {
      case 'articles.create': {
        const { title, body, ...rest } = input as Pick<Article, 'title' | 'body'>;
        const created = article({ title, body, ...rest });
        library.push(created);
        return { ok: true, value: created };
      }
      case 'articles.list': {
        const { offset = 0, limit = 100 } = input as { offset?: number; limit?: number };
        const newestFirst = [...library].sort((a, b) => b.imported_at.localeCompare(a.imported_at));
        const items = newestFirst.slice(offset, offset + limit).map(({ body: _b, content_hash: _h, ...summary }) => summary);
        return { ok: true, value: { total: library.length, items } };
      }
      case 'articles.open': {
        const found = library.find((a) => a.id === input.id);
        return found
          ? { ok: true, value: { article: found, annotations: [], statements: [] } }
          : { ok: false, error: { code: 'not_found', message: `No article with id ${String(input.id)}.` } };
      }
      case 'articles.facets': {
        const counted = (values: (string | null)[]) => {
          const counts = new Map<string, number>();
          for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
          return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
        };
        return { ok: true, value: { outlets: counted(library.map((a) => a.outlet)), languages: counted(library.map((a) => a.language)) } };
      }
      case 'workspace.info':
        return { ok: true, value: { file: '/fake/parallax.sqlite', schemaVersion: 1, articleCount: library.length } };
      default:
        return { ok: false, error: { code: 'internal', message: `The fake API does not answer ${channel}; use backendApi().` } };
    }
  };

  const transport: Transport = async (channel, input) => {
    calls.push({ channel, input });
    const failure = failures.get(channel);
    failures.delete(channel);
    return failure ? { ok: false, error: failure } : answer(channel, input as Record<string, unknown>);
  };

  return {
    api: createApi(transport),
    calls,
    seed(fields) {
      const seeded = article(fields);
      library.push(seeded);
      return seeded;
    },
    failNext: (channel, error) => void failures.set(channel, error),
  };
}
