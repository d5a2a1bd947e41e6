import { csvDocument } from './csvFormat.js';
import type { ExportData } from './exportData.js';

const HEADER = [
  'highlight_id', 'article_id', 'article_title', 'url', 'outlet', 'published_at',
  'start', 'end', 'status', 'exact', 'prefix', 'suffix', 'tags', 'note',
  'statement_id', 'speaker', 'actor_id', 'side', 'kind', 'stance', 'said_on', 'responds_to',
];

/** One row per highlight with its article and statement fields; tags as paths ("Security > Border"), "; " between tags. */
export function highlightsCsv({ articles, highlights }: ExportData): string {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const rows = highlights.map((h) => {
    const article = articleById.get(h.article_id)!;
    const s = h.statement;
    return [
      h.id, h.article_id, article.title, article.url, article.outlet, article.published_at,
      h.start, h.end, h.status, h.exact, h.prefix, h.suffix,
      h.tags.map((tag) => tag.path.join(' > ')).join('; '), h.note,
      s?.id ?? null, s?.speaker ?? null, s?.actor_id ?? null, s?.side_name ?? null, s?.kind ?? null,
      s?.stance ?? null, s?.said_on ?? null, s?.responds_to ?? null,
    ];
  });
  return csvDocument(HEADER, rows);
}
