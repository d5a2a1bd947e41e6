import type { ArticleSummary } from '../../../shared/domain/article.js';
import { invoke, JSON_OPTION, withBackend, writeJson, type Command } from '../command.js';
import { formatTable, truncate } from '../table.js';

/**
 * `parallax list --json` prints an array of objects with exactly these keys, in this order:
 *   id, title, outlet, url, published_at, language, direction, dateline, imported_at
 * (outlet, url, published_at and dateline may be null). Scripts rely on it: add keys only at
 * the end, never rename or reorder.
 */
export interface ListedArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published_at: string | null;
  language: string;
  direction: 'ltr' | 'rtl';
  dateline: string | null;
  imported_at: string;
}

const PAGE_SIZE = 500;
const OUTLET_WIDTH = 30;

function toListed(a: ArticleSummary): ListedArticle {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    published_at: a.published_at,
    language: a.language,
    direction: a.direction,
    dateline: a.dateline,
    imported_at: a.imported_at,
  };
}

function formatArticles(articles: readonly ListedArticle[]): string {
  const rows = articles.map((a) => [
    a.published_at?.slice(0, 10) ?? '-',
    truncate(a.outlet ?? '-', OUTLET_WIDTH),
    a.title,
  ]);
  const count = `${articles.length} article${articles.length === 1 ? '' : 's'}`;
  return `${formatTable([['DATE', 'OUTLET', 'TITLE'], ...rows])}\n\n${count}\n`;
}

export const listCommand: Command = {
  name: 'list',
  arguments: '',
  summary: 'List the articles in the workspace, most recently imported first.',
  options: JSON_OPTION,
  positionals: { min: 0, max: 0 },
  run: (context) =>
    withBackend(context, async (backend) => {
      const articles: ListedArticle[] = [];
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await invoke(backend, 'articles.list', { offset, limit: PAGE_SIZE });
        if (!page.ok) throw new Error(page.error.message);
        articles.push(...page.value.items.map(toListed));
        if (page.value.items.length < PAGE_SIZE) break;
      }
      if (context.options.json) writeJson(context.io, articles);
      else if (articles.length === 0) context.io.stdout.write('No articles yet. Import some with: parallax import <path…>\n');
      else context.io.stdout.write(formatArticles(articles));
      return 0;
    }),
};
