import { randomUUID } from 'node:crypto';
import { codePointOffsets } from './codePoints.js';
import type { ExportArticle, ExportData, ExportHighlight } from './exportData.js';
import { statementLine } from './statementLine.js';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;

/** The article's own address when it has an http(s) one, else a URN naming it. */
function sourceOf(article: ExportArticle): string {
  return article.url && /^https?:\/\/\S+$/i.test(article.url) ? article.url : `urn:uuid:${article.id}`;
}

function bodies(h: ExportHighlight): Json[] {
  const out: Json[] = [];
  if (h.note.trim()) out.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/markdown' });
  // No id on these: a body with an id counts as an external resource, which may not have a purpose.
  for (const tag of h.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag.name });
  if (h.statement) out.push({ type: 'TextualBody', purpose: 'describing', value: statementLine(h.statement), format: 'text/plain' });
  return out;
}

/**
 * One highlight as a W3C Web Annotation. Its target quotes the text (TextQuoteSelector) and,
 * unless the highlight is orphaned (its offsets then mean nothing), gives its position
 * (TextPositionSelector) in characters, i.e. code points, as the model counts them.
 */
function annotation(h: ExportHighlight, article: ExportArticle, toCodePoints: (offset: number) => number): Json {
  const selector: Json[] = [{ type: 'TextQuoteSelector', exact: h.exact, prefix: h.prefix, suffix: h.suffix }];
  if (h.status !== 'orphaned') selector.push({ type: 'TextPositionSelector', start: toCodePoints(h.start), end: toCodePoints(h.end) });
  const body = bodies(h);
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${h.id}`,
    type: 'Annotation',
    motivation: h.statement ? 'describing' : h.note.trim() ? 'commenting' : h.tags.length > 0 ? 'tagging' : 'highlighting',
    created: h.created_at,
    modified: h.updated_at,
    ...(body.length > 0 ? { body } : {}),
    target: { source: sourceOf(article), selector },
  };
}

/** Every highlight as a Web Annotation, in export order. */
export function webAnnotations({ articles, highlights }: ExportData): Json[] {
  const byId = new Map(articles.map((article) => [article.id, { article, toCodePoints: codePointOffsets(article.body) }]));
  return highlights.map((h) => {
    const { article, toCodePoints } = byId.get(h.article_id)!;
    return annotation(h, article, toCodePoints);
  });
}

/**
 * A JSON-LD AnnotationCollection holding every annotation in one embedded AnnotationPage; each
 * annotation keeps its own @context so it can be taken out and used alone.
 */
export function webAnnotationCollection(data: ExportData, created: Date): string {
  const items = webAnnotations(data);
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label: 'Parallax highlights',
    created: created.toISOString(),
    total: items.length,
    ...(items.length > 0 ? { first: { id: `urn:uuid:${randomUUID()}`, type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
