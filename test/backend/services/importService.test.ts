import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../electron/backend/import/extract.js';
import { articleRepo, type ArticleRepo } from '../../../electron/backend/repos/articleRepo.js';
import { importArticles } from '../../../electron/backend/services/importService.js';
import { useBackend } from '../../helpers/backend.js';
import { JCC_ARTICLE, readFixture } from '../../helpers/fixtures.js';

const URL = 'https://www.dawn.com/news/1904012/talks-resume';
const first: ExtractedArticle = {
  title: 'Talks resume in Kabul',
  body: 'KABUL: Negotiators met in Kabul on Thursday.\n\nBoth sides spoke of trust.',
  url: URL,
  outlet: 'Dawn',
};
const second: ExtractedArticle = {
  title: 'Talks adjourned',
  body: 'ISLAMABAD: The delegation flew home and the talks adjourned.\n\nBoth sides spoke of trust.',
  url: `${URL}/?utm_source=twitter`,
};

describe('importArticles', () => {
  const backend = useBackend();
  const setup = () => {
    const db = backend().workspace.db;
    const repo = articleRepo(db);
    // The dispatcher runs the import in one transaction; so do these tests.
    const importFile = (file: string, articles: ExtractedArticle[]) => db.transaction(() => importArticles(repo, file, articles))();
    return { db, repo, importFile };
  };

  it('imports a new article with the metadata found in its text', () => {
    const { repo, importFile } = setup();
    const dated = readFixture(JCC_ARTICLE).replace('\nISLAMABAD:', '\nPublished April 17, 2025\nISLAMABAD:');
    const result = importFile('news/jcc-kabul-talks.txt', [{ body: dated }]);
    expect(result).toEqual({
      file: 'news/jcc-kabul-talks.txt',
      status: 'imported',
      items: [{ status: 'imported', id: expect.any(String), title: 'jcc kabul talks', revision: 1 }],
    });
    const stored = repo.get(result.items[0]!.id)!;
    expect(stored).toMatchObject({
      published_at: '2025-04-17',
      dateline: 'ISLAMABAD',
      language: 'en',
      direction: 'ltr',
      source_name: 'news/jcc-kabul-talks.txt',
      revision: 1,
      updated_at: null,
    });
    expect(stored.key_points).toHaveLength(3);
    expect(stored.body).not.toMatch(/Key points|The JCC meets in Kabul after a 15-month pause/);
  });

  it('keeps the file’s own date and language over what the text suggests', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('a.html', [{ ...first, body: `Published April 17, 2025\n\n${first.body}`, published_at: '2025-04-18', language: 'en' }]);
    expect(repo.get(items[0]!.id)).toMatchObject({ published_at: '2025-04-18', language: 'en', url: URL, outlet: 'Dawn' });
  });

  it('does not believe a declared language the script contradicts', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('ur.html', [{ title: 'مذاکرات', body: 'پاکستان اور افغانستان کے درمیان مذاکرات کابل میں دوبارہ شروع ہوئے۔', language: 'en', direction: 'ltr' }]);
    expect(repo.get(items[0]!.id)).toMatchObject({ language: 'ur', direction: 'rtl' });
  });

  it('reports the same text again as a duplicate of the stored article and stores nothing', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('a.txt', [first]);
    const again = importFile('copy.txt', [{ ...first, title: 'Another title', body: `${first.body}\n\n\n` }]);
    expect(again).toEqual({ file: 'copy.txt', status: 'duplicate', items: [{ status: 'duplicate', id: items[0]!.id, title: first.title, revision: 1 }] });
    expect(repo.count()).toBe(1);
  });

  it('makes new text at a known address a revision, keeping the earlier text', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('first.txt', [first]);
    const id = items[0]!.id;
    const result = importFile('second.txt', [second]);
    expect(result).toEqual({ file: 'second.txt', status: 'updated', items: [{ status: 'updated', id, title: 'Talks adjourned', revision: 2 }] });
    expect(repo.count()).toBe(1);
    expect(repo.get(id)).toMatchObject({
      title: 'Talks adjourned',
      body: second.body,
      dateline: 'ISLAMABAD',
      outlet: 'Dawn',
      url: second.url,
      revision: 2,
      source_name: 'second.txt',
      updated_at: expect.any(String),
    });
    expect(repo.revisions(id)).toEqual([
      { revision: 1, title: first.title, body: first.body, imported_at: expect.any(String), replaced_at: repo.get(id)!.updated_at },
    ]);
  });

  it('keeps the stored headline when the new revision has only its file name for a title', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('first.html', [first]);
    const result = importFile('talks-update.txt', [{ body: 'KABUL: The talks went on into the night.', url: URL }]);
    expect(result.items).toEqual([{ status: 'updated', id: items[0]!.id, title: first.title, revision: 2 }]);
    expect(repo.get(items[0]!.id)).toMatchObject({ title: first.title, body: 'KABUL: The talks went on into the night.' });
  });

  it('keeps the search index in step with the new revision', () => {
    const { db, importFile } = setup();
    importFile('first.txt', [first]);
    importFile('second.txt', [second]);
    expect(matches(db, 'adjourned')).toBe(1);
    expect(matches(db, 'Thursday')).toBe(0);
    expect(matches(db, 'trust')).toBe(1);
    // FTS5 compares an external-content index with its table and throws when they differ.
    expect(() => db.exec(`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('reports an earlier revision’s text as a duplicate of its article', () => {
    const { repo, importFile } = setup();
    const { items } = importFile('first.txt', [first]);
    importFile('second.txt', [second]);
    const again = importFile('old-copy.txt', [{ body: first.body }]);
    expect(again.items).toEqual([{ status: 'duplicate', id: items[0]!.id, title: 'Talks adjourned', revision: 2 }]);
    expect(repo.get(items[0]!.id)!.body).toBe(second.body);
  });

  it('counts a file of several articles as imported when any was new', () => {
    const { importFile } = setup();
    importFile('a.txt', [first]);
    const result = importFile('batch.json', [first, { title: 'Border reopens', body: 'TORKHAM: The crossing reopened.' }]);
    expect(result.status).toBe('imported');
    expect(result.items.map((item) => item.status)).toEqual(['duplicate', 'imported']);
    expect(importFile('batch-again.json', [first, { title: 'Border reopens', body: 'TORKHAM: The crossing reopened.' }]).status).toBe('duplicate');
  });

  it('fails a file with an empty article without writing any of its articles', () => {
    const { repo, importFile } = setup();
    const result = importFile('batch.json', [first, { title: 'Empty', body: ' \n ' }]);
    expect(result).toEqual({ file: 'batch.json', status: 'failed', reason: 'entry 2: The article text is empty.', items: [] });
    expect(repo.count()).toBe(0);
  });

  it('leaves the workspace as it was when writing a file fails part-way', () => {
    const { db, repo, importFile } = setup();
    importFile('first.txt', [first]);
    const before = snapshot(db);
    const failing: ArticleRepo = { ...repo, replaceText: () => { throw new Error('disk full'); } };
    const fresh = { title: 'Border reopens', body: 'TORKHAM: The crossing reopened.' };
    expect(() => db.transaction(() => importArticles(failing, 'batch.json', [fresh, second]))()).toThrow('disk full');
    expect(snapshot(db)).toEqual(before);
  });
});

function matches(db: Database.Database, word: string): number {
  return db.prepare(`SELECT count(*) FROM article_fts WHERE article_fts MATCH ?`).pluck().get(word) as number;
}

function snapshot(db: Database.Database) {
  return {
    articles: db.prepare('SELECT * FROM article ORDER BY rowid').all(),
    revisions: db.prepare('SELECT * FROM article_revision').all(),
    index: matches(db, 'crossing'),
  };
}
