import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/backend/db/migrate.js';
import { MIGRATIONS } from '../../../../electron/backend/db/migrations/index.js';
import { refillTagCounts } from '../../../../electron/backend/db/migrations/0100-tag-counts.js';
import { tagRepo } from '../../../../electron/backend/repos/tagRepo.js';
import { countsByDefinition, countsOf } from '../../../helpers/tagCountOracle.js';
import { compareSeed } from '../../services/compareSeed.js';

const before = MIGRATIONS.filter((m) => m.version < 100);

function database(migrations = MIGRATIONS): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

/** A small tree (Security > Militants > Swat, Border) with highlights across it. */
function annotated(db: Database.Database) {
  const seed = compareSeed(db);
  const article = seed.article();
  const security = seed.tag('Security');
  const militants = seed.tag('Militants', security);
  const swat = seed.tag('Swat', militants);
  const border = seed.tag('Border');
  const highlight = (quote: string, tags: string[]) =>
    db.prepare('SELECT annotation_id FROM statement WHERE id = ?').pluck().get(seed.statement({ article, quote, tags })) as string;
  const both = highlight('q1', [swat, security]);
  const crossing = highlight('q2', [militants, border]);
  return { security, militants, swat, border, both, crossing };
}

const listed = (db: Database.Database) => countsOf(tagRepo(db).list());
const countsOfTag = (db: Database.Database, id: string) => {
  const tag = tagRepo(db).list().find((t) => t.id === id)!;
  return [tag.highlight_count, tag.total_count];
};
const ancestorsOf = (db: Database.Database, id: string) =>
  db.prepare('SELECT ancestor FROM tag_closure WHERE descendant = ? ORDER BY ancestor').pluck().all(id);

describe('migration 0100-tag-counts', () => {
  it('fills the tree and the counts of a workspace annotated before it', () => {
    const db = database(before);
    const tags = annotated(db);
    migrate(db);
    expect(ancestorsOf(db, tags.swat)).toEqual([tags.security, tags.militants, tags.swat].sort());
    expect(countsOfTag(db, tags.security)).toEqual([1, 2]);
    expect(countsOfTag(db, tags.militants)).toEqual([1, 2]);
    expect(listed(db)).toEqual(countsByDefinition(db));
  });

  it('keeps the counts when a join is moved to another tag or another highlight', () => {
    const db = database();
    const tags = annotated(db);
    db.prepare('UPDATE annotation_tag SET tag_id = ? WHERE annotation_id = ? AND tag_id = ?').run(tags.border, tags.both, tags.swat);
    expect(countsOfTag(db, tags.militants)).toEqual([1, 1]);
    expect(countsOfTag(db, tags.border)).toEqual([2, 2]);
    db.prepare('UPDATE annotation_tag SET annotation_id = ? WHERE annotation_id = ? AND tag_id = ?').run(tags.crossing, tags.both, tags.security);
    expect(countsOfTag(db, tags.security)).toEqual([1, 1]);
    expect(listed(db)).toEqual(countsByDefinition(db));
  });

  it('re-links a moved subtree in the tree and recounts the totals above it', () => {
    const db = database();
    const tags = annotated(db);
    db.prepare('UPDATE tag SET parent_id = ? WHERE id = ?').run(tags.border, tags.militants);
    expect(ancestorsOf(db, tags.swat)).toEqual([tags.border, tags.militants, tags.swat].sort());
    expect(countsOfTag(db, tags.security)).toEqual([1, 1]);
    expect(countsOfTag(db, tags.border)).toEqual([1, 2]);
    expect(listed(db)).toEqual(countsByDefinition(db));
  });

  it('refills the tree and the counts after a load that bypassed the triggers', () => {
    const db = database();
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tag_c%'`).pluck().all() as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    const tags = annotated(db);
    expect(ancestorsOf(db, tags.swat)).toEqual([]);
    refillTagCounts(db);
    expect(ancestorsOf(db, tags.swat)).toEqual([tags.security, tags.militants, tags.swat].sort());
    expect(countsOfTag(db, tags.security)).toEqual([1, 2]);
    expect(listed(db)).toEqual(countsByDefinition(db));
  });
});
