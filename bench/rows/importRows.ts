import { Readability } from '@mozilla/readability';
import { startBackend } from '../../electron/backend/app.js';
import { textHash } from '../../electron/backend/services/articleService.js';
import { parseHtmlDocument, sanitizeArticleHtml } from '../../electron/backend/import/dom.js';
import { openWorkspace } from '../../electron/backend/workspace.js';
import { generateCorpus, type GeneratedArticle } from '../corpus/generate.js';
import { okValue, withTempDir, type BenchContext } from '../lib/context.js';
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

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Milliseconds per file imported through the dispatcher into a fresh workspace. */
async function importThroughDispatcher(files: { name: string; data: string }[]): Promise<number> {
  return withTempDir(async (dir) => {
    const backend = startBackend(dir, { logError: () => {} });
    try {
      const started = performance.now();
      for (const file of files) {
        const result = okValue<{ status: string }>(await backend.dispatch('import.file', file));
        if (result.status !== 'imported') throw new Error(`The bench import of ${file.name} was ${result.status}.`);
      }
      return (performance.now() - started) / files.length;
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
  log('import: text files through the import service vs raw INSERTs');
  const textBatches = importBatches(runs, 100);
  const text: number[] = [];
  const raw: number[] = [];
  for (const batch of textBatches) {
    text.push(await importThroughDispatcher(batch.map((a, i) => ({ name: `article-${i}.txt`, data: base64(`${a.title}\n\n${a.body}`) }))));
    raw.push(await rawInserts(batch));
  }
  add(resultRow('text import (ms per article)', size, text, raw, 'at most 1.5'));

  log('import: saved web pages through the import service vs Readability + DOMPurify alone');
  const pageBatches = importBatches(runs, 30).map((batch) => batch.map(newsPage));
  const html: number[] = [];
  const extraction: number[] = [];
  for (const pages of pageBatches) {
    html.push(await importThroughDispatcher(pages.map((page, i) => ({ name: `page-${i}.html`, data: base64(page) }))));
    const started = performance.now();
    for (const page of pages) {
      const parsed = new Readability(parseHtmlDocument(page)).parse();
      sanitizeArticleHtml(parsed?.content ?? '');
    }
    extraction.push((performance.now() - started) / pages.length);
  }
  add(resultRow('HTML import (ms per page)', size, html, extraction, 'at most 1.2'));
}
