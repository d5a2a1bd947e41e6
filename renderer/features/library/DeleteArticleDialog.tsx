import type { ArticleSummary } from '../../../shared/domain/article';
import { useAppStore } from '../../store/AppStoreProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface DeleteArticleDialogProps {
  article: ArticleSummary;
  onClose(): void;
  onDeleted(title: string): void;
}

/** Asks before deleting, naming the article and what goes with it; Cancel is the safe default. */
export function DeleteArticleDialog({ article, onClose, onDeleted }: DeleteArticleDialogProps) {
  const deleteArticle = useAppStore((s) => s.deleteArticle);

  return (
    <ConfirmDialog
      title={
        <>
          Delete “<bdi>{article.title}</bdi>”?
        </>
      }
      label="Delete"
      busyLabel="Deleting…"
      onConfirm={async () => {
        const removed = await deleteArticle(article.id);
        onDeleted(removed.title);
      }}
      onClose={onClose}
    >
      <p>Its highlights and notes go with it.</p>
    </ConfirmDialog>
  );
}
