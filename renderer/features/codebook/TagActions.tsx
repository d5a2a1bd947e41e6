import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { countLabel } from './tagTree';

type TagDialog = 'new' | 'colour' | 'move' | 'merge' | 'delete';

interface TagActionsProps {
  tag: Tag;
  onRename(): void;
  onOpen(dialog: TagDialog): void;
}

/** The selected tag in full, with everything that can be done to it. */
export function TagActions({ tag, onRename, onOpen }: TagActionsProps) {
  const setLibraryFilters = useAppStore((s) => s.setLibraryFilters);
  const goTo = useAppStore((s) => s.goTo);

  const showHighlights = () => {
    goTo('library');
    void setLibraryFilters({ tag_ids: [tag.id] });
  };

  const action = (label: string, onClick: () => void, extra?: string) => (
    <button type="button" className={`button ${extra ?? ''}`} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <aside className="tag-actions" aria-label={`Tag “${tag.name}”`}>
      <h2>
        <span className="swatch" style={{ background: tag.colour }} aria-hidden="true" /> <bdi>{tag.name}</bdi>
      </h2>
      <p className="tag-actions-description">{tag.description ?? 'No description.'}</p>
      <p className="tag-actions-count">{countLabel(tag)}</p>
      <div className="tag-actions-buttons">
        {action('Show articles with this tag', showHighlights, 'primary')}
        {action('Rename', onRename)}
        {action('Change colour…', () => onOpen('colour'))}
        {action('Add sub-tag…', () => onOpen('new'))}
        {action('Move to…', () => onOpen('move'))}
        {action('Merge into…', () => onOpen('merge'))}
        {action('Delete…', () => onOpen('delete'), 'danger')}
      </div>
    </aside>
  );
}
