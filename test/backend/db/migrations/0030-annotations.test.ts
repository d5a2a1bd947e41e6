import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { articles } from '../../../../electron/backend/db/migrations/0010-articles.js';
import { library } from '../../../../electron/backend/db/migrations/0020-library.js';
import { annotations } from '../../../../electron/backend/db/migrations/0030-annotations.js';
import { CodebookFile } from '../../../../shared/domain/tag.js';

const codebookJson = () =>
  JSON.parse(readFileSync(new URL('../../../../resources/codebook/default.json', import.meta.url), 'utf8')) as unknown;

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [articles, library, annotations]);
  db.prepare(`INSERT INTO article (id, title, body, content_hash, imported_at) VALUES ('a', 'T', 'Body text.', 'h', '2025-04-17')`).run();
  return db;
}

describe('migration 0030-annotations', () => {
  it('ships a default codebook that passes the codebook schema', () => {
    const codebook = CodebookFile.parse(codebookJson());
    expect(codebook.tags.map((t) => t.name)).toContain('Refugees & deportation');
  });

  it('refuses a codebook entry without a colour or description', () => {
    const result = CodebookFile.safeParse({ name: 'x', version: 1, tags: [{ name: 'TTP', colour: 'red', description: '' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['tags.0.colour', 'tags.0.description']);
  });

  it('seeds the default codebook, nested as in the file', () => {
    const db = migrated();
    const count = (entries: { children?: unknown[] }[]): number =>
      entries.reduce((n, e) => n + 1 + count((e.children ?? []) as { children?: unknown[] }[]), 0);
    expect(db.prepare('SELECT count(*) FROM tag').pluck().get()).toBe(count(CodebookFile.parse(codebookJson()).tags));
    const parent = db.prepare(`SELECT p.name FROM tag t JOIN tag p ON p.id = t.parent_id WHERE t.name = 'Torkham'`).pluck().get();
    expect(parent).toBe('Border & crossings');
  });

  it('refuses sibling names that differ only in case, an out-of-range span and an unknown status', () => {
    const db = migrated();
    const top = db.prepare(`SELECT id FROM tag WHERE name = 'Humanitarian'`).pluck().get();
    expect(() => db.prepare(`INSERT INTO tag (id, name, colour, created_at) VALUES ('x', 'HUMANITARIAN', '#000000', 'now')`).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO tag (id, parent_id, name, colour, created_at) VALUES ('y', ?, 'Humanitarian', '#000000', 'now')`).run(top)).not.toThrow();
    const insert = db.prepare(`INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, status, created_at, updated_at)
      VALUES (?, 'a', ?, ?, 'Body', '', ' text.', ?, 'now', 'now')`);
    expect(() => insert.run('n1', 4, 4, 'anchored')).toThrow(/CHECK/);
    expect(() => insert.run('n2', 0, 4, 'lost')).toThrow(/CHECK/);
  });

  it('indexes highlight text and notes for search, and forgets them with the article', () => {
    const db = migrated();
    db.prepare(`INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, note, created_at, updated_at)
      VALUES ('n', 'a', 0, 4, 'Body', '', ' text.', 'ceasefire', 'now', 'now')`).run();
    db.prepare(`INSERT INTO note (id, kind, article_id, body, created_at, updated_at) VALUES ('m', 'article', 'a', 'quadrilateral', 'now', 'now')`).run();
    const hits = () => [
      db.prepare(`SELECT count(*) FROM annotation_fts WHERE annotation_fts MATCH 'ceasefire'`).pluck().get(),
      db.prepare(`SELECT count(*) FROM note_fts WHERE note_fts MATCH 'quadrilateral'`).pluck().get(),
    ];
    expect(hits()).toEqual([1, 1]);
    db.prepare(`DELETE FROM article WHERE id = 'a'`).run();
    expect(hits()).toEqual([0, 0]);
    expect(() => db.exec(`INSERT INTO annotation_fts (annotation_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});
