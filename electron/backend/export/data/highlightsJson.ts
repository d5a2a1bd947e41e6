import type { ExportData } from './exportData.js';

/**
 * An array of highlights, each with its article's details, its tags (id, name and path from the
 * top of the codebook) and its statement or null. `start`/`end` are UTF-16 offsets into the
 * article's stored text, as in every other Parallax JSON output.
 */
export function highlightsJson({ articles, highlights }: ExportData): string {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const items = highlights.map((h) => {
    const { title, url, outlet, published_at } = articleById.get(h.article_id)!;
    const s = h.statement;
    return {
      id: h.id,
      article_id: h.article_id,
      article: { title, url, outlet, published_at },
      start: h.start,
      end: h.end,
      exact: h.exact,
      prefix: h.prefix,
      suffix: h.suffix,
      status: h.status,
      tags: h.tags.map(({ id, name, path }) => ({ id, name, path })),
      note: h.note,
      statement: s && {
        id: s.id,
        speaker: s.speaker,
        actor_id: s.actor_id,
        side: s.side,
        kind: s.kind,
        stance: s.stance,
        said_on: s.said_on,
        responds_to: s.responds_to,
      },
      created_at: h.created_at,
      updated_at: h.updated_at,
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
