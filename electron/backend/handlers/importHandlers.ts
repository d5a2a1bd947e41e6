import type { ImportFileInput, ImportFileResult } from '../../../shared/domain/importing.js';
import { classifyImportPath, sizeRefusal } from '../../../shared/import/fileKinds.js';
import { staged, type HandlerGroup } from '../handlers.js';
import { extractArticles } from '../import/extract.js';
import { ImportRefusal } from '../import/refusal.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { tagRepo } from '../repos/tagRepo.js';
import { annotationService } from '../services/annotationService.js';
import { failedFile, importArticles, type OnNewText } from '../services/importService.js';
import type { ArticleRepo } from '../repos/articleRepo.js';
import type { Workspace } from '../workspace.js';

type FileCommit = () => ImportFileResult;

/**
 * Reads one file, which is slow and writes nothing, so it runs before any transaction. Answers
 * the commit that stores what the file held; a file the extractor refuses is a result (failed,
 * with the reason), not an error.
 */
async function readFile(articles: ArticleRepo, onNewText: OnNewText, { name, data }: ImportFileInput): Promise<FileCommit> {
  const kind = classifyImportPath(name);
  if (!kind.ok) return () => ({ file: name, status: 'skipped', reason: kind.reason, items: [] });
  const bytes = Buffer.from(data, 'base64');
  const tooLarge = sizeRefusal(bytes.byteLength);
  if (tooLarge) return () => failedFile(name, tooLarge);
  try {
    const extracted = await extractArticles(bytes, name);
    return () => importArticles(articles, name, extracted, new Date(), onNewText);
  } catch (error) {
    if (error instanceof ImportRefusal) return () => failedFile(name, error.message);
    throw error;
  }
}

export function importHandlers(workspace: Workspace): HandlerGroup<'import.file' | 'import.files'> {
  const articles = articleRepo(workspace.db);
  const highlights = annotationService(annotationRepo(workspace.db), articles, tagRepo(workspace.db));
  // A revision re-anchors the article's highlights on its new text, in the same transaction.
  const reanchor: OnNewText = (articleId, body) => highlights.reanchorArticle(articleId, body);
  const read = (file: ImportFileInput) => readFile(articles, reanchor, file);

  return {
    'import.file': staged(read),
    // The files are read one after another, then committed together in one transaction: a
    // transaction per file (and the full-text index's flush that each one brings) is most of
    // what importing a short text costs. No savepoint per file either, as the index flushes at
    // each one just the same. A file refused on reading is a failed result that writes nothing;
    // an error while writing rolls back the whole batch, and the caller imports its files one by
    // one to learn which file failed and why (importTargets does).
    'import.files': staged(async ({ files }) => {
      const commits: FileCommit[] = [];
      for (const file of files) commits.push(await read(file));
      return () => commits.map((commit) => commit());
    }),
  };
}
