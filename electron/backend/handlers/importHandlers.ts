import { classifyImportPath } from '../../../shared/import/fileKinds.js';
import { staged, type HandlerGroup } from '../handlers.js';
import { extractArticles } from '../import/extract.js';
import { ImportRefusal } from '../import/refusal.js';
import { annotationRepo } from '../repos/annotationRepo.js';
import { articleRepo } from '../repos/articleRepo.js';
import { tagRepo } from '../repos/tagRepo.js';
import { annotationService } from '../services/annotationService.js';
import { sizeRefusal } from '../../../shared/import/fileKinds.js';
import { failedFile, importArticles } from '../services/importService.js';
import type { Workspace } from '../workspace.js';

export function importHandlers(workspace: Workspace): HandlerGroup<'import.file'> {
  const articles = articleRepo(workspace.db);
  const highlights = annotationService(annotationRepo(workspace.db), articles, tagRepo(workspace.db));
  // A revision re-anchors the article's highlights on its new text, in the same transaction.
  const reanchor = (articleId: string, body: string) => highlights.reanchorArticle(articleId, body);
  return {
    // Reading the file is slow and writes nothing, so it runs before the transaction; a file
    // the extractor refuses is a result (failed, with the reason), not an error.
    'import.file': staged(async ({ name, data }) => {
      const kind = classifyImportPath(name);
      if (!kind.ok) return () => ({ file: name, status: 'skipped', reason: kind.reason, items: [] });
      const bytes = Buffer.from(data, 'base64');
      const tooLarge = sizeRefusal(bytes.byteLength);
      if (tooLarge) return () => failedFile(name, tooLarge);
      try {
        const extracted = await extractArticles(bytes, name);
        return () => importArticles(articles, name, extracted, new Date(), reanchor);
      } catch (error) {
        if (error instanceof ImportRefusal) return () => failedFile(name, error.message);
        throw error;
      }
    }),
  };
}
