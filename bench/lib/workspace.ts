import type Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statementTopicRows } from '../../electron/backend/db/migrations/0090-compare-filters.js';
import { refillSearchTables } from '../../electron/backend/db/migrations/0080-search-text.js';
import { refillTagCounts } from '../../electron/backend/db/migrations/0100-tag-counts.js';
import { textHash } from '../../electron/backend/services/articleService.js';
import { seedActors } from '../../electron/backend/services/actorRegistry.js';
import { urlKey } from '../../electron/backend/services/urlKey.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { GENERATOR_VERSION, generateCorpus, type ArticleBundle } from '../corpus/generate.js';

export const CORPUS_SEED = 20_251_128;

/** What the bench needs to know about a generated workspace; stored beside it as manifest.json. */
export interface BenchWorkspace {
  dir: string;
  generator: number;
  articles: number;
  highlights: number;
  statements: number;
  /** The article with HEAVY_HIGHLIGHTS highlights, and its twin without any. */
  heavyId: string;
  twinId: string;
  buildSeconds: number;
}

const MANIFEST = 'manifest.json';

/** The codebook's tags that highlights get, in a stable order (the generator names them by index). */
function codebookTags(db: Database.Database): string[] {
  return db.prepare(`SELECT id FROM tag WHERE parent_id IS NOT NULL ORDER BY name, id`).pluck().all() as string[];
}

/**
 * Triggers that keep derived tables in step row by row; a bulk load drops them and rebuilds the
 * derived tables once at the end (DESIGN.md: insert, then 'rebuild').
 */
function dropRowTriggers(db: Database.Database): string[] {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('annotation', 'annotation_tag', 'statement')`)
    .all() as { name: string; sql: string }[];
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  return triggers.map((t) => t.sql);
}

function bulkWriter(db: Database.Database, tags: string[]) {
  const article = db.prepare(`
    INSERT INTO article (id, title, body, url, url_key, outlet, author, published_at, dateline, language, direction,
      content_hash, imported_at, revision, key_points, source_name, updated_at)
    VALUES (@id, @title, @body, @url, @url_key, @outlet, @author, @published_at, @dateline, @language, @direction,
      @content_hash, @imported_at, 1, @key_points, @source_name, NULL)`);
  const annotation = db.prepare(`
    INSERT INTO annotation (id, article_id, start, "end", exact, prefix, suffix, note, status, created_at, updated_at)
    VALUES (@id, @article_id, @start, @end, @exact, @prefix, @suffix, @note, 'anchored', @created_at, @created_at)`);
  const annotationTag = db.prepare(`INSERT INTO annotation_tag (annotation_id, tag_id, position) VALUES (?, ?, ?)`);
  const statement = db.prepare(`
    INSERT INTO statement (id, annotation_id, actor_id, speaker_text, side_id, kind, stance, said_on, responds_to, created_at, updated_at)
    VALUES (@id, @annotation_id, @actor_id, NULL, @side_id, @kind, @stance, @said_on, NULL, @created_at, @created_at)`);
  return ({ article: a, highlights, statements }: ArticleBundle) => {
    article.run({
      ...a,
      url_key: urlKey(a.url),
      content_hash: textHash(a.body, a.key_points),
      key_points: JSON.stringify(a.key_points),
      source_name: `${a.id}.txt`,
    });
    for (const { tags: tagIndexes, ...h } of highlights) {
      annotation.run(h);
      tagIndexes.forEach((tag, position) => annotationTag.run(h.id, tags[tag]!, position));
    }
    for (const s of statements) statement.run(s);
  };
}

/** Fills an empty workspace with the corpus by raw bulk inserts (not through the services: speed). */
function build(dir: string, articles: number, log: (line: string) => void): BenchWorkspace {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const workspace = openWorkspace(dir);
  const { db } = workspace;
  try {
    seedActors(db);
    db.pragma('synchronous = OFF');
    const tags = codebookTags(db);
    const triggers = dropRowTriggers(db);
    const write = bulkWriter(db, tags);
    const counts = { articles: 0, highlights: 0, statements: 0 };
    const ids: string[] = [];
    const corpus = generateCorpus({ seed: CORPUS_SEED, articles, tagCount: tags.length });
    const batch = db.transaction((bundles: ArticleBundle[]) => bundles.forEach(write));
    let pending: ArticleBundle[] = [];
    const flush = () => {
      batch(pending);
      pending = [];
      log(`  ${counts.articles.toLocaleString('en')} / ${articles.toLocaleString('en')} articles written`);
    };
    for (const bundle of corpus) {
      if (ids.length < 2) ids.push(bundle.article.id);
      counts.articles++;
      counts.highlights += bundle.highlights.length;
      counts.statements += bundle.statements.length;
      pending.push(bundle);
      if (pending.length === 5000) flush();
    }
    if (pending.length) flush();
    log('  indexing (FTS rebuild, comparison index, triggers)');
    db.transaction(() => {
      refillSearchTables(db);
      refillTagCounts(db);
      db.exec(`INSERT INTO article_fts (article_fts) VALUES ('rebuild')`);
      db.exec(`INSERT INTO annotation_fts (annotation_fts) VALUES ('rebuild')`);
      db.exec(`DELETE FROM statement_topic; ${statementTopicRows('TRUE')}`);
      for (const sql of triggers) db.exec(sql);
    })();
    db.exec(`INSERT INTO article_fts (article_fts) VALUES ('optimize'); INSERT INTO annotation_fts (annotation_fts) VALUES ('optimize')`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const manifest: BenchWorkspace = {
      dir,
      generator: GENERATOR_VERSION,
      ...counts,
      heavyId: ids[0]!,
      twinId: ids[1]!,
      buildSeconds: (performance.now() - started) / 1000,
    };
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
    return manifest;
  } finally {
    workspace.close();
  }
}

/**
 * The bench workspace of `articles` articles under `cacheRoot`, built once and reused while
 * the generator's version is the same (the manifest is written last, so a build cut short is
 * rebuilt). The app's migrations bring a cached workspace up to the current schema on open.
 */
export function benchWorkspace(cacheRoot: string, articles: number, log: (line: string) => void): BenchWorkspace & { cached: boolean } {
  const dir = join(cacheRoot, `workspace-${articles}`);
  const manifestFile = join(dir, MANIFEST);
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BenchWorkspace;
    if (manifest.generator === GENERATOR_VERSION && manifest.articles === articles) return { ...manifest, dir, cached: true };
  }
  log(`Generating the ${articles.toLocaleString('en')}-article workspace in ${dir}`);
  return { ...build(dir, articles, log), cached: false };
}
