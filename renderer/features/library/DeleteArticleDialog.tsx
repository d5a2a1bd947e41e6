import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain/article';
import { useAppStore } from '../../store/AppStoreProvider';
import { errorMessage } from '../../store/errorMessage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Modal } from './Modal';

interface DeleteArticleDialogProps {
  article: ArticleSummary;
  onClose(): void;
  onDeleted(title: string): void;
}

/** Asks before deleting, naming the article and what goes with it; Cancel is the safe default. */
export function DeleteArticleDialog({ article, onClose, onDeleted }: DeleteArticleDialogProps) {
  const deleteArticle = useAppStore((s) => s.deleteArticle);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setDeleting(true);
    try {
      const removed = await deleteArticle(article.id);
      onDeleted(removed.title);
    } catch (failure) {
      setDeleting(false);
      setError(errorMessage(failure));
    }
  };

  return (
    <Modal
      title={
        <>
          Delete “<bdi>{article.title}</bdi>”?
        </>
      }
      onClose={onClose}
      initialFocus=".dialog-cancel"
    >
      <p>Its highlights and notes go with it.</p>
      {error && <ErrorAlert message={error} />}
      <div className="dialog-actions">
        <button type="button" className="button danger" disabled={deleting} onClick={() => void confirm()}>
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" className="button dialog-cancel" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
