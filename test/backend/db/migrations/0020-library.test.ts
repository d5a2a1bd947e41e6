import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { articles } from '../../../../electron/backend/db/migrations/0010-articles.js';
import { library } from '../../../../electron/backend/db/migrations/0020-library.js';

const insert = `INSERT INTO article (id, title, body, url, content_hash, imported_at)
  VALUES (@id, 'Talks', 'Text.', @url, @hash, '2025-04-17T10:00:00.000Z')`;

describe('migration 0020-library', () => {
  it('gives articles stored before it a URL key and empty key points', () => {
    const db = new Database(':memory:');
    migrate(db, [articles]);
    db.prepare(insert).run({ id: 'a', url: 'https://WWW.Dawn.com/news/1?utm_source=x#top', hash: 'h1' });
    db.prepare(insert).run({ id: 'b', url: null, hash: 'h2' });
    migrate(db, [articles, library]);
    const rows = db.prepare('SELECT id, url_key, key_points FROM article ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'a', url_key: 'dawn.com/news/1', key_points: '[]' },
      { id: 'b', url_key: null, key_points: '[]' },
    ]);
  });

  it('keeps earlier revisions and drops them with their article', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [articles, library]);
    db.prepare(insert).run({ id: 'a', url: null, hash: 'h1' });
    db.prepare(
      `INSERT INTO article_revision (article_id, revision, title, body, content_hash, imported_at, replaced_at)
       VALUES ('a', 1, 'Talks', 'Old text.', 'h0', '2025-04-16', '2025-04-17')`,
    ).run();
    expect(() => db.prepare(`UPDATE article SET key_points = 'not json' WHERE id = 'a'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM article WHERE id = 'a'`).run();
    expect(db.prepare('SELECT count(*) FROM article_revision').pluck().get()).toBe(0);
  });
});
