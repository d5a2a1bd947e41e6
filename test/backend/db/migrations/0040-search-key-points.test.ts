import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { articles } from '../../../../electron/backend/db/migrations/0010-articles.js';
import { library } from '../../../../electron/backend/db/migrations/0020-library.js';
import { annotations } from '../../../../electron/backend/db/migrations/0030-annotations.js';
import { searchKeyPoints } from '../../../../electron/backend/db/migrations/0040-search-key-points.js';

const before = [articles, library, annotations];

describe('migration 0040-search-key-points', () => {
  it('indexes the key points of articles stored before it, alongside their titles and bodies', () => {
    const db = new Database(':memory:');
    migrate(db, before);
    db.prepare(
      `INSERT INTO article (id, title, body, content_hash, imported_at, key_points)
       VALUES ('a', 'Talks resume', 'ISLAMABAD: Officials met.', 'h1', '2025-04-17', ?)`,
    ).run(JSON.stringify(['A delegation visits Kābul', 'The JCC meets after a pause']));
    db.exec(`INSERT INTO article_fts (rowid, title, body) SELECT rowid, title, body FROM article`);

    migrate(db, [...before, searchKeyPoints]);

    const hits = db.prepare(`SELECT a.id FROM article_fts JOIN article a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?`).pluck();
    expect(hits.all('{key_points} : kabul')).toEqual(['a']);
    expect(hits.all('pause')).toEqual(['a']);
    expect(hits.all('{title} : talks')).toEqual(['a']);
    expect(hits.all('officials')).toEqual(['a']);
    expect(() => db.exec(`INSERT INTO article_fts (article_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});
