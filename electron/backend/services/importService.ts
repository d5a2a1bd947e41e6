import type { Article } from '../../../shared/domain/article.js';
import type { ImportedItem, ImportFileResult } from '../../../shared/domain/importing.js';
import { AppError } from '../errors.js';
import { hasCanonicalBody, type ExtractedArticle } from '../import/extractedArticle.js';
import { splitHeadline } from '../import/headline.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import { prepareArticle } from './articleService.js';
import { urlKey } from './urlKey.js';

/** `news/jcc-kabul-talks.txt` -> `jcc kabul talks`: the title of last resort. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).replace(/[-_]+/g, ' ').trim();
  return stem || base;
}

/**
 * The article with a title: its own, else a headline-like first line, else the file name's
 * (`fromFileName`, so a revision does not trade a real headline for it). A body the extractor
 * made canonical stays so (`canonical`) unless its first line is taken off.
 */
export function titled(found: ExtractedArticle, file: string): ExtractedArticle & { title: string; fromFileName?: true; canonical?: true } {
  const canonical = hasCanonicalBody(found) ? { canonical: true as const } : {};
  if (found.title) return { ...found, ...canonical, title: found.title };
  const lead = splitHeadline(found.body);
  if (lead.title) return { ...found, title: lead.title, body: lead.body };
  return { ...found, ...canonical, title: titleFromFileName(file), fromFileName: true };
}

type Prepared = { article: Article; titleFromFileName: boolean };

export function failedFile(file: string, reason: string): ImportFileResult {
  return { file, status: 'failed', reason, items: [] };
}

/** Told of an article's new text (a revision), so what hangs on the old text (highlights) can follow. */
export type OnNewText = (articleId: string, body: string) => void;

/** Stores one article unless its text is known; new text at a known URL becomes a revision. */
function commitArticle(repo: ArticleRepo, { article, titleFromFileName }: Prepared, onNewText: OnNewText): ImportedItem {
  const known = repo.findByTextHash(article.content_hash);
  if (known) return { status: 'duplicate', ...known };
  const key = urlKey(article.url);
  const current = key ? repo.findByUrlKey(key) : undefined;
  if (!current) {
    repo.insert(article);
    return { status: 'imported', id: article.id, title: article.title, revision: article.revision };
  }
  // Metadata the new file does not state is kept (it may be the analyst's correction).
  const next: Article = {
    ...article,
    id: current.id,
    title: titleFromFileName ? current.title : article.title,
    url: article.url ?? current.url,
    outlet: article.outlet ?? current.outlet,
    author: article.author ?? current.author,
    published_at: article.published_at ?? current.published_at,
    revision: current.revision + 1,
    updated_at: article.imported_at,
  };
  repo.replaceText(next);
  onNewText(next.id, next.body);
  return { status: 'updated', id: next.id, title: next.title, revision: next.revision };
}

/** One-article files take their item's status; a file of several is `imported` if any was new. */
function fileStatus(items: readonly ImportedItem[]): ImportFileResult['status'] {
  if (items.length === 1) return items[0]!.status;
  return items.some((item) => item.status !== 'duplicate') ? 'imported' : 'duplicate';
}

/**
 * Commits the articles one file yielded. Runs inside the dispatcher's transaction: every
 * article is prepared (and any refused) before the first write, and a throw while writing
 * leaves the workspace as it was before this file.
 */
export function importArticles(
  repo: ArticleRepo,
  file: string,
  extracted: readonly ExtractedArticle[],
  now: Date = new Date(),
  onNewText: OnNewText = () => {},
): ImportFileResult {
  if (extracted.length === 0) return failedFile(file, 'holds no article text');
  const articles: Prepared[] = [];
  for (const [index, found] of extracted.entries()) {
    try {
      const { fromFileName, ...source } = titled(found, file);
      articles.push({ article: prepareArticle({ ...source, source_name: file }, now), titleFromFileName: fromFileName === true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return failedFile(file, extracted.length > 1 ? `entry ${index + 1}: ${error.message}` : error.message);
    }
  }
  const items = articles.map((prepared) => commitArticle(repo, prepared, onNewText));
  return { file, status: fileStatus(items), items };
}
