import { Readability } from '@mozilla/readability';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBackend } from '../../electron/backend/app.js';
import { textHash } from '../../electron/backend/services/articleService.js';
import { parseHtmlDocument, sanitizeArticleHtml } from '../../electron/backend/import/dom.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { importTargets } from '../../electron/cli/commands/import.js';
import { findImportTargets } from '../../electron/cli/importTargets.js';
import { generateCorpus, type GeneratedArticle } from '../corpus/generate.js';
import { withTempDir, type BenchContext } from '../lib/context.js';
import { resultRow } from '../lib/measure.js';

const IMPORT_SEED = 7;

/** Articles not in the bench workspace (another seed), `runs` batches of `perRun`. */
function importBatches(runs: number, perRun: number): GeneratedArticle[][] {
  const articles = [...generateCorpus({ seed: IMPORT_SEED, articles: runs * perRun + 2, tagCount: 1 })].slice(2).map((b) => b.article);
  return Array.from({ length: runs }, (_, run) => articles.slice(run * perRun, (run + 1) * perRun));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved news page: head metadata, navigation, the article, a related-stories box and a footer. */
export function newsPage(article: GeneratedArticle): string {
  const paragraphs = article.body.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${article.language}" dir="${article.direction}"><head><meta charset="utf-8">
<title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title>
<meta property="og:title" content="${escapeHtml(article.title)}"><meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta name="author" content="${escapeHtml(article.author)}"><meta property="article:published_time" content="${article.published_at}T08:00:00Z">
<link rel="canonical" href="${article.url}"><script>window.dataLayer = [];</script></head>
<body><header><nav><a href="/">Home</a> <a href="/pakistan">Pakistan</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeHtml(article.title)}</h1><p class="byline">By ${escapeHtml(article.author)}</p>
${paragraphs}
</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Border trade talks resume</a></li><li><a href="/b">Refugee deadline extended</a></li></ul></aside></main>
<footer><p>© ${escapeHtml(article.outlet)}. All rights reserved.</p></footer></body></html>`;
}

/**
 * Milliseconds per file imported into a fresh workspace as `parallax import <folder>` does it:
 * the folder walked, each file read and sent through the dispatcher in batches (importTargets).
 * Writing the files to disk first is not timed.
 */
async function importThroughCli(files: { name: string; text: string }[]): Promise<number> {
  return withTempDir(async (dir) => {
    const folder = join(dir, 'files');
    mkdirSync(folder);
    for (const file of files) writeFileSync(join(folder, file.name), file.text);
    const backend = startBackend(join(dir, 'workspace'), { logError: () => {} });
    try {
      const started = performance.now();
      const results = await importTargets(backend, findImportTargets([folder]), { signal: new AbortController().signal });
      const elapsed = performance.now() - started;
      const notImported = results.find((result) => result.status !== 'imported');
      if (results.length !== files.length || notImported) {
        throw new Error(`The bench import of ${notImported?.file ?? 'a file'} was ${notImported?.status ?? 'missing'}.`);
      }
      return elapsed / files.length;
    } finally {
      backend.close();
    }
  });
}

/** The raw ceiling: prepared INSERTs into the article table and its FTS index, one transaction. */
function rawInserts(articles: GeneratedArticle[]): Promise<number> {
  return withTempDir((dir) => {
    const workspace = openWorkspace(dir);
    try {
      const { db } = workspace;
      const insert = db.prepare(`
        INSERT INTO article (id, title, body, url, outlet, author, published_at, dateline, language, direction, content_hash, imported_at, key_points)
        VALUES (@id, @title, @body, @url, @outlet, @author, @published_at, @dateline, @language, @direction, @content_hash, @imported_at, '[]')`);
      const fts = db.prepare(`INSERT INTO article_fts (rowid, title, body, key_points) VALUES (?, ?, ?, '[]')`);
      const started = performance.now();
      db.transaction(() => {
        for (const a of articles) {
          const { lastInsertRowid } = insert.run({ ...a, content_hash: textHash(a.body, []) });
          fts.run(lastInsertRowid, a.title, a.body);
        }
      })();
      return (performance.now() - started) / articles.length;
    } finally {
      workspace.close();
    }
  });
}

/** Text import (ms per article, so lower is faster) and HTML import, each next to its ceiling. */
export async function importRows({ runs, add, log }: BenchContext, size: number): Promise<void> {
  log('import: a folder of text files as the CLI imports it vs raw INSERTs');
  const textBatches = importBatches(runs, 100);
  const text: number[] = [];
  const raw: number[] = [];
  for (const batch of textBatches) {
    text.push(await importThroughCli(batch.map((a, i) => ({ name: `article-${i}.txt`, text: `${a.title}\n\n${a.body}` }))));
    raw.push(await rawInserts(batch));
  }
  add(resultRow('text import (ms per article)', size, text, raw, 'at most 1.5'));

  log('import: a folder of saved web pages as the CLI imports it vs Readability + DOMPurify alone');
  const pageBatches = importBatches(runs, 30).map((batch) => batch.map(newsPage));
  const html: number[] = [];
  const extraction: number[] = [];
  for (const pages of pageBatches) {
    html.push(await importThroughCli(pages.map((page, i) => ({ name: `page-${i}.html`, text: page }))));
    const started = performance.now();
    for (const page of pages) {
      const parsed = new Readability(parseHtmlDocument(page)).parse();
      sanitizeArticleHtml(parsed?.content ?? '');
    }
    extraction.push((performance.now() - started) / pages.length);
  }
  add(resultRow('HTML import (ms per page)', size, html, extraction, 'at most 1.2'));
}
