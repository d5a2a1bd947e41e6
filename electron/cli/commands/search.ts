import type { SearchHit, SearchPage, SnippetPart } from '../../../shared/domain/search.js';
import { UsageError } from '../args.js';
import { invoke, JSON_OPTION, withBackend, writeJson, type Command } from '../command.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

function parseLimit(value: string | true | undefined): number {
  if (typeof value !== 'string') return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > MAX_LIMIT) {
    throw new UsageError(`--limit must be a number from 1 to ${MAX_LIMIT}, not “${value}”.`);
  }
  return limit;
}

/** Matched words in [brackets], on one line. */
function bracketed(parts: readonly SnippetPart[]): string {
  return parts
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function formatHit(hit: SearchHit, rank: number): string {
  const { title, outlet, published_at, id } = hit.article;
  const about = [outlet ?? 'no outlet', published_at?.slice(0, 10) ?? 'no date', id].join(' · ');
  const indent = ' '.repeat(String(rank).length + 2);
  return `${rank}. ${title}\n${indent}${about}\n${indent}${bracketed(hit.snippet)}\n`;
}

function formatPage(page: SearchPage): string {
  const hits = page.hits.map((hit, i) => formatHit(hit, i + 1)).join('\n');
  const count = `${page.total} match${page.total === 1 ? '' : 'es'}`;
  const footer =
    page.hits.length < page.total ? `Showing the best ${page.hits.length} of ${count}; --limit N shows more.` : `${count}.`;
  return `${hits}\n${footer}\n`;
}

/**
 * `parallax search --json` prints the search.query answer as it is: `{ total, hits: [{ article,
 * title, snippet }] }`, hits best first; `title` and `snippet` are arrays of `{ text, match }`.
 */
export const searchCommand: Command = {
  name: 'search',
  arguments: '<query…>',
  summary:
    'Search the library: words (all must occur), "exact phrases", prefix*, OR, -word to leave out. ' +
    'Quote the query for your shell; put -- before a query that starts with -.',
  options: {
    limit: { value: 'N', help: `show at most N matches, best first (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` },
    ...JSON_OPTION,
  },
  positionals: { min: 1, max: Infinity },
  run: (context) => {
    const limit = parseLimit(context.options.limit);
    return withBackend(context, async (backend) => {
      const result = await invoke(backend, 'search.query', { query: context.positionals.join(' '), limit });
      if (!result.ok) throw new Error(result.error.message);
      if (context.options.json) writeJson(context.io, result.value);
      else if (result.value.total === 0) context.io.stdout.write('No matches.\n');
      else context.io.stdout.write(formatPage(result.value));
      return 0;
    });
  },
};
