import { describe, expect, it } from 'vitest';
import { useBackend } from '../../../helpers/backend.js';
import { ENGLISH_BODY, exported, seedAnnotations, URDU_BODY } from './annotationSeed.js';
import { failedAssertions, manifestAssertions } from './w3cSchemas.js';

type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number };
type Body = { type: string; purpose: string; value: string; format?: string };
type WebAnnotation = { id: string; body?: Body[]; target: { source: string; selector: Selector[] } } & Record<string, unknown>;
type Collection = { type: string; total: number; first?: { type: string; items: WebAnnotation[] } } & Record<string, unknown>;

const ANNOTATION_MUSTS = manifestAssertions('annotations/annotationMusts.test');

describe('W3C Web Annotation export', () => {
  const backend = useBackend();

  async function exportedCollection() {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const file = await exported(b, { format: 'w3c' });
    return { b, seeded, file, collection: JSON.parse(file.bytes.toString('utf8')) as Collection };
  }

  it('lists every assertion of annotationMusts.test, and they can fail', () => {
    expect(ANNOTATION_MUSTS).toHaveLength(54);
    // A highlight without its target or type is refused: the schemas are really applied.
    expect(failedAssertions(ANNOTATION_MUSTS, { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:x', type: 'Note' })).not.toEqual([]);
  });

  it('passes every assertion of annotationMusts.test for every exported annotation', async () => {
    const { collection } = await exportedCollection();
    const items = collection.first!.items;
    expect(items).toHaveLength(4);
    for (const annotation of items) expect(failedAssertions(ANNOTATION_MUSTS, annotation), annotation.id).toEqual([]);
  });

  it('wraps them in an AnnotationCollection that passes the collection musts and, with its embedded page, the page musts', async () => {
    const { file, collection } = await exportedCollection();
    expect(file.file_name).toMatch(/^parallax-highlights-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(file.mime).toContain('application/ld+json');
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 4 });
    expect(failedAssertions(manifestAssertions('collections/collectionMusts.test'), collection)).toEqual([]);
    expect(failedAssertions(manifestAssertions('collections/pages/pageMusts.test'), collection)).toEqual([]);
  });

  it('targets the article by its address, or by a urn:uuid when it has none', async () => {
    const { collection, seeded } = await exportedCollection();
    const sources = new Map(collection.first!.items.map((a) => [a.id, a.target.source]));
    expect(sources.get(`urn:uuid:${seeded.highlights.crossing.id}`)).toBe('https://example.com/torkham');
    expect(sources.get(`urn:uuid:${seeded.highlights.urduQuote.id}`)).toBe(`urn:uuid:${seeded.articles.urdu.id}`);
  });

  it('gives quote and position selectors, positions counted in code points so emoji count once', async () => {
    const { collection, seeded } = await exportedCollection();
    const bodies = new Map([
      [seeded.articles.english.id, ENGLISH_BODY],
      [seeded.articles.urdu.id, URDU_BODY],
    ]);
    const articleOf = new Map(Object.values(seeded.highlights).map((h) => [`urn:uuid:${h.id}`, h]));
    for (const annotation of collection.first!.items) {
      const highlight = articleOf.get(annotation.id)!;
      const [quote, position] = annotation.target.selector;
      expect(quote).toEqual({ type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix });
      expect(position?.type).toBe('TextPositionSelector');
      const characters = [...bodies.get(highlight.article_id)!];
      expect(characters.slice(position!.start, position!.end).join('')).toBe(highlight.exact);
    }
    const crossing = collection.first!.items.find((a) => a.id === `urn:uuid:${seeded.highlights.crossing.id}`)!;
    // A flag (two code points, four code units) comes before it.
    expect(crossing.target.selector[1]!.start).toBe(seeded.highlights.crossing.start - 2);
  });

  it('carries the note as Markdown, each tag as a tagging body and the statement as a description', async () => {
    const { collection, seeded } = await exportedCollection();
    const sentence = collection.first!.items.find((a) => a.id === `urn:uuid:${seeded.highlights.sentence.id}`)!;
    expect(sentence.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: seeded.highlights.sentence.note },
      { type: 'TextualBody', purpose: 'tagging', value: 'Border' },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: 'Statement by Ishaq Dar (Pakistan), reported, conciliatory, said on 2025-04-17' },
    ]);
    expect(sentence).toMatchObject({ created: seeded.highlights.sentence.created_at, modified: expect.any(String) });
  });

  it('leaves the position out of an orphaned highlight, whose offsets no longer mean anything', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    b.workspace.db.prepare(`UPDATE annotation SET status = 'orphaned' WHERE id = ?`).run(seeded.highlights.growth.id);
    const collection = JSON.parse((await exported(b, { format: 'w3c' })).bytes.toString('utf8')) as Collection;
    const orphan = collection.first!.items.find((a) => a.id === `urn:uuid:${seeded.highlights.growth.id}`)!;
    expect(orphan.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(failedAssertions(ANNOTATION_MUSTS, orphan)).toEqual([]);
  });

  it('exports an empty collection when there are no highlights', async () => {
    const collection = JSON.parse((await exported(backend(), { format: 'w3c' })).bytes.toString('utf8')) as Collection;
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(collection.first).toBeUndefined();
    expect(failedAssertions(manifestAssertions('collections/collectionMusts.test'), collection)).toEqual([]);
  });
});
