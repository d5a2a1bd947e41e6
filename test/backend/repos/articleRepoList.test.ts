import { describe, expect, it } from 'vitest';
import { articleFilterCondition } from '../../../electron/backend/repos/articleFilters.js';
import { articleRepo } from '../../../electron/backend/repos/articleRepo.js';
import { prepareArticle } from '../../../electron/backend/services/articleService.js';
import { useBackend } from '../../helpers/backend.js';

interface Seed {
  title: string;
  outlet?: string;
  published_at?: string;
  /** Arabic-script text makes the article Urdu. */
  urdu?: boolean;
}

const SEEDS: Seed[] = [
  { title: 'Torkham reopens', outlet: 'Dawn', published_at: '2025-04-15' },
  { title: 'Trade talks resume', outlet: 'Tolo News', published_at: '2025-04-16T23:30:00Z' },
  { title: 'طورخم سرحد کھل گئی', outlet: 'DAWN', published_at: '2025-04-17', urdu: true },
  { title: 'Refugee returns', outlet: 'Ariana' },
  { title: 'Border fencing', published_at: '2025-04-10' },
];

describe('articleRepo list, filters and facets', () => {
  const backend = useBackend();

  function seeded() {
    const repo = articleRepo(backend().workspace.db);
    SEEDS.forEach(({ urdu, ...seed }, minute) => {
      const body = urdu ? 'اسلام آباد میں مذاکرات ہوئے اور سرحد کھل گئی۔ یہ بڑی خبر ہے۔' : `${seed.title}: the body text.`;
      repo.insert(prepareArticle({ ...seed, body }, new Date(Date.UTC(2025, 3, 18, 9, minute))));
    });
    const titles = (input: Partial<Parameters<typeof repo.list>[0]>) =>
      repo.list({ filters: {}, sort: 'imported_at', order: 'asc', offset: 0, limit: 100, ...input }).items.map((a) => a.title);
    return { repo, titles };
  }

  it('keeps any of the chosen outlets, matching them regardless of case', () => {
    const { titles } = seeded();
    expect(titles({ filters: { outlets: ['dawn'] } })).toEqual(['Torkham reopens', 'طورخم سرحد کھل گئی']);
    expect(titles({ filters: { outlets: ['Dawn', 'Ariana'] } })).toEqual(['Torkham reopens', 'طورخم سرحد کھل گئی', 'Refugee returns']);
  });

  it('keeps the chosen languages', () => {
    const { titles } = seeded();
    expect(titles({ filters: { languages: ['ur'] } })).toEqual(['طورخم سرحد کھل گئی']);
  });

  it('treats an empty list as no narrowing', () => {
    const { titles } = seeded();
    expect(titles({ filters: { outlets: [], languages: [] } })).toHaveLength(SEEDS.length);
  });

  it('includes the whole last day of a date range and leaves out undated articles', () => {
    const { titles } = seeded();
    expect(titles({ filters: { published_from: '2025-04-15', published_to: '2025-04-16' } })).toEqual([
      'Torkham reopens',
      'Trade talks resume',
    ]);
    expect(titles({ filters: { published_to: '2025-04-15' } })).toEqual(['Torkham reopens', 'Border fencing']);
  });

  it('combines filters and reports the filtered total while paging', () => {
    const { repo } = seeded();
    const page = repo.list({
      filters: { outlets: ['Dawn', 'Tolo News'], published_from: '2025-04-16' },
      sort: 'title',
      order: 'asc',
      offset: 1,
      limit: 1,
    });
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.title)).toEqual(['طورخم سرحد کھل گئی']);
  });

  it('puts undated articles last in both directions of a date sort', () => {
    const { titles } = seeded();
    expect(titles({ sort: 'published_at', order: 'asc' })).toEqual([
      'Border fencing',
      'Torkham reopens',
      'Trade talks resume',
      'طورخم سرحد کھل گئی',
      'Refugee returns',
    ]);
    expect(titles({ sort: 'published_at', order: 'desc' }).at(-1)).toBe('Refugee returns');
  });

  it('puts articles without an outlet last when sorting by outlet', () => {
    const { titles } = seeded();
    expect(titles({ sort: 'outlet', order: 'asc' })).toEqual([
      'Refugee returns',
      'Torkham reopens',
      'طورخم سرحد کھل گئی',
      'Trade talks resume',
      'Border fencing',
    ]);
  });

  it('sorts by language with a stable order among equals', () => {
    const { titles } = seeded();
    expect(titles({ sort: 'language', order: 'asc' })).toEqual([
      'Torkham reopens',
      'Trade talks resume',
      'Refugee returns',
      'Border fencing',
      'طورخم سرحد کھل گئی',
    ]);
    expect(titles({ sort: 'language', order: 'desc' })).toEqual([
      'طورخم سرحد کھل گئی',
      'Border fencing',
      'Refugee returns',
      'Trade talks resume',
      'Torkham reopens',
    ]);
  });

  it('treats filter values as data, never as SQL', () => {
    const { titles } = seeded();
    const hostile = "Dawn') OR 1=1 --";
    const condition = articleFilterCondition({ outlets: [hostile], published_from: '2025-01-01' });
    expect(condition.sql).not.toContain('Dawn');
    expect(condition.sql).not.toContain('2025');
    expect(condition.params).toEqual([hostile, '2025-01-01']);
    expect(titles({ filters: { outlets: [hostile] } })).toEqual([]);
  });

  it('refuses a date that is not on the calendar, naming the filter', () => {
    const { repo } = seeded();
    expect(() =>
      repo.list({ filters: { published_to: '2025-04-31' }, sort: 'title', order: 'asc', offset: 0, limit: 10 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', field: 'filters.published_to' }));
  });

  it('counts outlets and languages, most frequent first', () => {
    const { repo } = seeded();
    const facets = repo.facets();
    expect(facets.outlets.map((f) => [f.value.toLowerCase(), f.count])).toEqual([
      ['dawn', 2],
      ['ariana', 1],
      ['tolo news', 1],
    ]);
    expect(facets.languages).toEqual([
      { value: 'en', count: 4 },
      { value: 'ur', count: 1 },
    ]);
  });
});
