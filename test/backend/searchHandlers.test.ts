import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/app.js';
import type { ArticleCreateInput } from '../../shared/domain/article.js';
import type { SearchInput, SearchPage } from '../../shared/domain/search.js';
import { useBackend } from '../helpers/backend.js';

async function seed(backend: Backend, articles: ArticleCreateInput[]): Promise<void> {
  for (const article of articles) {
    const created = await backend.dispatch('articles.create', article);
    if (!created.ok) throw new Error(created.error.message);
  }
}

async function search(backend: Backend, input: SearchInput): Promise<SearchPage> {
  const result = await backend.dispatch('search.query', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SearchPage;
}

const titles = (page: SearchPage) => page.hits.map((hit) => hit.article.title);
/** The marked words of a title or snippet. */
const marks = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('search.query', () => {
  const backend = useBackend();

  it('ranks a hit in the title above any hit only in the body, however often the body has it', async () => {
    const b = backend();
    await seed(b, [
      { title: 'Trade figures for March', body: 'Torkham Torkham Torkham. Trucks waited at Torkham all week; Torkham stayed shut.' },
      { title: 'Torkham reopens', body: 'The crossing reopened on Monday after talks.' },
      { title: 'Weather', body: 'Rain in Peshawar.' },
    ]);
    const page = await search(b, { query: 'torkham' });
    expect(page.total).toBe(2);
    expect(titles(page)).toEqual(['Torkham reopens', 'Trade figures for March']);
  });

  it('ranks a title hit first for any alternative of an OR and for a prefix', async () => {
    const b = backend();
    await seed(b, [
      { title: 'Market report', body: `Kabul. ${'Negotiators in Kabul met negotiators from Kabul. '.repeat(20)}` },
      { title: 'Islamabad talks', body: `Officials met. ${'A long delay in the capital. '.repeat(40)}` },
      { title: 'Negotiations stall', body: `Officials met on Tuesday. ${'A short delay in the city. '.repeat(40)}` },
    ]);
    expect(titles(await search(b, { query: 'Kabul OR Islamabad' }))).toEqual(['Islamabad talks', 'Market report']);
    expect(titles(await search(b, { query: 'negotiat*' }))).toEqual(['Negotiations stall', 'Market report']);
  });

  it('orders hits of the same kind by relevance', async () => {
    const b = backend();
    await seed(b, [
      { title: 'Market report', body: `Prices rose. ${'Filler sentence about markets. '.repeat(30)} One mention of Chaman.` },
      { title: 'Border report', body: 'Chaman crossing: Chaman traders and Chaman officials met at Chaman.' },
    ]);
    expect(titles(await search(b, { query: 'Chaman' }))).toEqual(['Border report', 'Market report']);
  });

  it('marks the matched words in the title and in a snippet of the body', async () => {
    const b = backend();
    await seed(b, [
      {
        title: 'Kabul and Islamabad resume talks',
        body: `${'An opening paragraph about other matters. '.repeat(20)}\n\nThe talks in Kabul ended late on Thursday.`,
      },
    ]);
    const [hit] = (await search(b, { query: 'kabul talks' })).hits;
    expect(hit!.title).toEqual([
      { text: 'Kabul', match: true },
      { text: ' and Islamabad resume ', match: false },
      { text: 'talks', match: true },
    ]);
    expect(marks(hit!.snippet)).toEqual(['talks', 'Kabul']);
    const snippet = hit!.snippet.map((p) => p.text).join('');
    expect(snippet).toMatch(/^….*The talks in Kabul ended late on Thursday\.$/);
    expect(snippet).not.toMatch(/[\uE000\uE001]/);
  });

  it('finds an article by a word only in its key points, with a snippet of the points as plain text', async () => {
    const b = backend();
    await seed(b, [
      {
        title: 'Talks resume',
        body: 'KABUL: Officials met on Thursday.\n\nKey points\n\n- Torkham trade resumes\n\n- Envoys say "no" to new fees\n\nBoth sides spoke of trust.',
      },
      { title: 'Weather', body: 'Rain in Peshawar.' },
    ]);
    const page = await search(b, { query: 'torkham' });
    expect(titles(page)).toEqual(['Talks resume']);
    expect(page.hits[0]!.article.key_points).toEqual(['Torkham trade resumes', 'Envoys say "no" to new fees']);
    expect(page.hits[0]!.snippet).toEqual([
      { text: 'Torkham', match: true },
      { text: ' trade resumes · Envoys say "no" to new fees', match: false },
    ]);
  });

  it('shows the body’s snippet when the body has the word too', async () => {
    const b = backend();
    await seed(b, [{ title: 'Talks', body: 'Key points\n\n- Torkham reopens\n\nKABUL: Trucks crossed at Torkham on Monday.' }]);
    const [hit] = (await search(b, { query: 'torkham' })).hits;
    expect(hit!.snippet.map((part) => part.text).join('')).toBe('KABUL: Trucks crossed at Torkham on Monday.');
  });

  it('returns the article summary of each hit, without its body', async () => {
    const b = backend();
    await seed(b, [{ title: 'Talks', body: 'Talks resumed.', outlet: 'Dawn', published_at: '2025-04-17' }]);
    const [hit] = (await search(b, { query: 'talks' })).hits;
    expect(hit!.article).toMatchObject({ title: 'Talks', outlet: 'Dawn', published_at: '2025-04-17', language: 'en' });
    expect(hit!.article).not.toHaveProperty('body');
  });

  it('requires every word, but a phrase only as consecutive words', async () => {
    const b = backend();
    await seed(b, [
      { title: 'One', body: 'The border crossing at Torkham reopened.' },
      { title: 'Two', body: 'The crossing of the border took hours.' },
      { title: 'Three', body: 'The border was calm.' },
    ]);
    expect(titles(await search(b, { query: 'border crossing' })).sort()).toEqual(['One', 'Two']);
    expect(titles(await search(b, { query: '"border crossing"' }))).toEqual(['One']);
  });

  it('finds either side of an OR, and words by their beginning', async () => {
    const b = backend();
    await seed(b, [
      { title: 'One', body: 'Torkham was busy.' },
      { title: 'Two', body: 'Chaman was quiet.' },
      { title: 'Three', body: 'The negotiators met.' },
    ]);
    expect(titles(await search(b, { query: 'Torkham OR Chaman' })).sort()).toEqual(['One', 'Two']);
    expect(titles(await search(b, { query: 'negotiat*' }))).toEqual(['Three']);
  });

  it('leaves out articles with an excluded word or phrase', async () => {
    const b = backend();
    await seed(b, [
      { title: 'One', body: 'Talks on trade and transit.' },
      { title: 'Two', body: 'Talks on refugees.' },
      { title: 'Three', body: 'Talks on a trade deal.' },
    ]);
    expect(titles(await search(b, { query: 'talks -trade' }))).toEqual(['Two']);
    expect(titles(await search(b, { query: 'talks -"trade deal"' })).sort()).toEqual(['One', 'Two']);
  });

  it('finds an Urdu word in an Urdu article', async () => {
    const b = backend();
    await seed(b, [
      { title: 'پاک افغان مذاکرات', body: 'اسلام آباد: پاکستان اور افغانستان کے درمیان مذاکرات کابل میں ہوئے۔' },
      { title: 'English', body: 'Talks in Kabul.' },
    ]);
    const page = await search(b, { query: 'کابل' });
    expect(titles(page)).toEqual(['پاک افغان مذاکرات']);
    expect(marks(page.hits[0]!.snippet)).toEqual(['کابل']);
  });

  it('ignores Latin accents: "Karzai" finds "Kárzai" and the other way round', async () => {
    const b = backend();
    await seed(b, [{ title: 'Profile', body: 'Hamid Kárzai spoke in Kabul.' }]);
    const page = await search(b, { query: 'Karzai' });
    expect(marks(page.hits[0]!.snippet)).toEqual(['Kárzai']);
    expect((await search(b, { query: 'KÁRZAI' })).total).toBe(1);
  });

  it('searches FTS5 operator words as plain words instead of failing', async () => {
    const b = backend();
    await seed(b, [{ title: 'Near and far', body: 'Pakistan AND Afghanistan, NOT India, NEAR the border.' }]);
    for (const query of ['Pakistan AND Afghanistan', 'NOT', 'NEAR border', 'Near:and', '(border)', '"border']) {
      expect((await search(b, { query })).total, query).toBe(1);
    }
  });

  it('applies the library filters: outlet, language and publication dates', async () => {
    const b = backend();
    await seed(b, [
      { title: 'Dawn April', body: 'Border talks one.', outlet: 'Dawn', published_at: '2025-04-17' },
      { title: 'Dawn May', body: 'Border talks two.', outlet: 'Dawn', published_at: '2025-05-02T10:00:00Z' },
      { title: 'Tolo April', body: 'Border talks three.', outlet: 'Tolo News', published_at: '2025-04-20' },
      { title: 'Urdu', body: 'سرحد کے بارے میں بات چیت ہوئی۔ Border', outlet: 'Jang', published_at: '2025-04-18' },
      { title: 'Undated', body: 'Border talks four.', outlet: 'Dawn' },
    ]);
    const found = async (filters: SearchInput['filters']) => titles(await search(b, { query: 'border', filters })).sort();
    expect(await found({ outlets: ['Dawn'] })).toEqual(['Dawn April', 'Dawn May', 'Undated']);
    expect(await found({ languages: ['ur'] })).toEqual(['Urdu']);
    expect(await found({ published_from: '2025-04-18', published_to: '2025-05-02' })).toEqual(['Dawn May', 'Tolo April', 'Urdu']);
    expect(await found({ outlets: ['Dawn', 'Tolo News'], published_to: '2025-04-30' })).toEqual(['Dawn April', 'Tolo April']);
    expect((await search(b, { query: 'border', filters: { outlets: ['Dawn'] } })).total).toBe(3);
  });

  it('pages with offset and limit, the total counting every hit', async () => {
    const b = backend();
    await seed(
      b,
      Array.from({ length: 7 }, (_, i) => ({ title: `Report ${i}`, body: `Border report number ${i}.` })),
    );
    const first = await search(b, { query: 'border', limit: 3 });
    const rest = await search(b, { query: 'border', offset: 3, limit: 10 });
    expect([first.total, first.hits.length, rest.total, rest.hits.length]).toEqual([7, 3, 7, 4]);
    expect(new Set([...titles(first), ...titles(rest)]).size).toBe(7);
  });

  it('answers no hits and a zero total when nothing matches', async () => {
    const b = backend();
    await seed(b, [{ title: 'One', body: 'Talks.' }]);
    expect(await search(b, { query: 'Gwadar' })).toEqual({ total: 0, hits: [] });
  });

  it('refuses a query of only exclusions as invalid input on the query field', async () => {
    const result = await backend().dispatch('search.query', { query: '-trade' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'query' } });
    if (!result.ok) expect(result.error.message).toMatch(/Add a word to search for/);
  });

  it('refuses a query with nothing searchable in it', async () => {
    const result = await backend().dispatch('search.query', { query: '* -' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'query', message: 'Type a word or a "phrase" to search for.' } });
  });
});
