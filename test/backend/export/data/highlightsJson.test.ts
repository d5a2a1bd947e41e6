import { describe, expect, it } from 'vitest';
import { useBackend } from '../../../helpers/backend.js';
import { annotating } from '../../handlers/annotatingHarness.js';
import { exported, seedAnnotations } from './annotationSeed.js';

describe('highlights JSON export', () => {
  const backend = useBackend();

  it('is an array of highlights with their quote, offsets, status, tag paths, note and article details', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const file = await exported(b, { format: 'json' });
    expect(file.mime).toBe('application/json');
    const items = JSON.parse(file.bytes.toString('utf8')) as Record<string, unknown>[];
    expect(items.map((item) => item.id)).toEqual([
      seeded.highlights.sentence.id,
      seeded.highlights.crossing.id,
      seeded.highlights.growth.id,
      seeded.highlights.urduQuote.id,
    ]);
    const { crossing } = seeded.highlights;
    expect(items[1]).toEqual({
      id: crossing.id,
      article_id: seeded.articles.english.id,
      article: { title: 'Torkham to reopen, officials say', url: 'https://example.com/torkham', outlet: 'Dawn', published_at: '2025-04-17' },
      start: crossing.start,
      end: crossing.end,
      exact: 'Torkham crossing 🚧',
      prefix: crossing.prefix,
      suffix: crossing.suffix,
      status: 'anchored',
      tags: [
        { id: seeded.tags.border.id, name: 'Border', path: ['Zz Security', 'Border'] },
        { id: seeded.tags.trade.id, name: 'Zz Trade', path: ['Zz Trade'] },
      ],
      note: '',
      statement: null,
      created_at: crossing.created_at,
      updated_at: crossing.updated_at,
    });
  });

  it('gives a statement’s speaker, side, kind, stance, date and what it responds to', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const items = JSON.parse((await exported(b, { format: 'json' })).bytes.toString('utf8')) as { id: string; statement: unknown }[];
    expect(items.find((item) => item.id === seeded.highlights.growth.id)!.statement).toEqual({
      id: seeded.statements.afghanSaid.id,
      speaker: 'Amir Khan Muttaqi',
      actor_id: null,
      side: 'afghanistan',
      kind: 'direct',
      stance: null,
      said_on: seeded.statements.afghanSaid.said_on,
      responds_to: seeded.statements.pakistanSaid.id,
    });
  });

  it('offsets are UTF-16 string indexes: slicing the stored text with them gives the quote', async () => {
    const b = backend();
    await seedAnnotations(b);
    const items = JSON.parse((await exported(b, { format: 'json' })).bytes.toString('utf8')) as { article_id: string; start: number; end: number; exact: string }[];
    for (const item of items) {
      const { body } = await annotating(b).ok('articles.get', { id: item.article_id });
      expect(body.slice(item.start, item.end)).toBe(item.exact);
    }
  });

  it('exports only the chosen articles, and refuses an unknown one by name', async () => {
    const b = backend();
    const seeded = await seedAnnotations(b);
    const items = JSON.parse((await exported(b, { format: 'json', article_ids: [seeded.articles.urdu.id] })).bytes.toString('utf8')) as { id: string }[];
    expect(items.map((item) => item.id)).toEqual([seeded.highlights.urduQuote.id]);
    const missing = '00000000-0000-4000-8000-000000000000';
    const error = await annotating(b).fails('export.annotations', { format: 'json', article_ids: [missing] });
    expect(error).toMatchObject({ code: 'not_found', field: 'article_ids' });
    expect(error.message).toContain(missing);
  });

  it('exports an empty array from a workspace without highlights', async () => {
    const b = backend();
    await annotating(b).article();
    expect(JSON.parse((await exported(b, { format: 'json' })).bytes.toString('utf8'))).toEqual([]);
  });
});
