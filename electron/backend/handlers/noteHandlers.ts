import type { ArticleNote } from '../../../shared/domain/note.js';
import { AppError } from '../errors.js';
import type { HandlerGroup } from '../handlers.js';
import { articleRepo } from '../repos/articleRepo.js';
import { noteRepo } from '../repos/noteRepo.js';
import { undoLogFor } from '../services/undoLog.js';
import type { Workspace } from '../workspace.js';

/** The article note (the autosave target): an empty body deletes it; saving it is one undo step. */
export function noteHandlers(workspace: Workspace): HandlerGroup<'notes.getArticle' | 'notes.setArticle'> {
  const { db } = workspace;
  const notes = noteRepo(db);
  const articles = articleRepo(db);
  const history = undoLogFor(db);

  function articleNote(articleId: string): ArticleNote {
    if (!articles.get(articleId)) throw new AppError('not_found', `No article with id ${articleId}.`, 'article_id');
    const note = notes.getArticleNote(articleId);
    return { article_id: articleId, body: note?.body ?? '', updated_at: note?.updated_at ?? null };
  }

  return {
    'notes.getArticle': ({ article_id }) => articleNote(article_id),
    'notes.setArticle': ({ article_id, body }) =>
      history.record('Edit article note', () => {
        const current = articleNote(article_id);
        if (body.trim() === '') notes.deleteArticleNote(article_id);
        else if (body !== current.body) notes.putArticleNote(article_id, body, new Date().toISOString());
        return articleNote(article_id);
      }),
  };
}
