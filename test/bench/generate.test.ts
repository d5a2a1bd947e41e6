import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, HEAVY_HIGHLIGHTS, type ArticleBundle } from '../../bench/corpus/generate.js';

const corpus = (seed: number, articles = 60): ArticleBundle[] => [...generateCorpus({ seed, articles, tagCount: 25 })];
const hash = (bundles: ArticleBundle[]) => createHash('sha256').update(JSON.stringify(bundles)).digest('hex');

describe('the bench corpus generator', () => {
  const bundles = corpus(42);
  const ordinary = bundles.slice(2);

  it('gives the same corpus for the same seed and another for another seed', () => {
    expect(hash(corpus(42))).toBe(hash(bundles));
    expect(hash(corpus(43))).not.toBe(hash(bundles));
  });

  it('writes news articles of 3 to 6 KB', () => {
    for (const { article } of ordinary) {
      const bytes = Buffer.byteLength(article.body, 'utf8');
      expect(bytes).toBeGreaterThanOrEqual(3000);
      expect(bytes).toBeLessThan(6800);
    }
  });

  it('writes mostly English with some Urdu, Pashto and Dari', () => {
    const languages = new Set(corpus(42, 300).map((b) => b.article.language));
    expect(languages).toEqual(new Set(['en', 'ur', 'ps', 'fa']));
    const rtl = corpus(42, 300).filter((b) => b.article.direction === 'rtl');
    expect(rtl.every((b) => /[\u0600-\u06ff]/.test(b.article.body))).toBe(true);
  });

  it('quotes speakers directly and in reported speech', () => {
    const english = ordinary.filter((b) => b.article.language === 'en').map((b) => b.article.body).join('\n');
    expect(english).toMatch(/“[^”]+,” [A-Z][\w ]+, the [^,]+, said/);
    expect(english).toMatch(/[A-Z]\w+ said that /);
  });

  it('anchors every highlight on its quote and gives about ten an article and a fifth of them statements', () => {
    const highlights = ordinary.flatMap((b) => b.highlights.map((h) => ({ h, body: b.article.body })));
    for (const { h, body } of highlights) {
      expect(body.slice(h.start, h.end)).toBe(h.exact);
      expect(body.slice(h.start - h.prefix.length, h.start)).toBe(h.prefix);
    }
    const statements = ordinary.flatMap((b) => b.statements);
    expect(highlights.length / ordinary.length).toBeGreaterThan(6);
    expect(highlights.length / ordinary.length).toBeLessThan(14);
    expect(statements.length / highlights.length).toBeGreaterThan(0.1);
    expect(statements.length / highlights.length).toBeLessThan(0.35);
  });

  it('starts with the heavy article and its twin without highlights', () => {
    const [heavy, twin] = bundles;
    expect(heavy!.highlights).toHaveLength(HEAVY_HIGHLIGHTS);
    expect(twin!.highlights).toHaveLength(0);
    expect(twin!.article.body.startsWith(heavy!.article.body)).toBe(true);
  });
});
