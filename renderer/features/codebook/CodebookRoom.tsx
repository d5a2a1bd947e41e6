import { useEffect, useMemo, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useAppStore } from '../../store/AppStoreProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ColourDialog } from './ColourDialog';
import { DeleteTagDialog } from './DeleteTagDialog';
import { MergeTagDialog } from './MergeTagDialog';
import { MoveTagDialog } from './MoveTagDialog';
import { NewTagDialog } from './NewTagDialog';
import { TagActions } from './TagActions';
import { TagTree } from './TagTree';
import { visibleRows } from './tagTree';
import './codebook.css';

/** The dialog on show, with the tag it is about. */
type Dialog =
  | { kind: 'new'; parent: Tag | null }
  | { kind: 'colour' | 'move' | 'merge' | 'delete'; tag: Tag };

/** The Codebook room: the tag tree on the left, what can be done to the selected tag on the right. */
export function CodebookRoom() {
  const { tags, loaded, error } = useAppStore((s) => s.codebook);
  const loadTags = useAppStore((s) => s.loadTags);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  useEffect(() => {
    void loadTags();
  }, [loadTags]);

  const rows = useMemo(() => visibleRows(tags, collapsed), [tags, collapsed]);
  // A tag that went (merged, deleted, undone) hands the selection to the first one.
  const selected = rows.find((row) => row.tag.id === selectedId)?.tag ?? rows[0]?.tag ?? null;

  const toggle = (id: string, open: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const close = () => setDialog(null);

  return (
    <section className="room codebook" aria-labelledby="room-heading">
      <div className="room-head">
        <h1 id="room-heading">Codebook</h1>
        <button type="button" className="button primary" onClick={() => setDialog({ kind: 'new', parent: null })}>
          New tag
        </button>
      </div>
      <p className="lede">
        The tags you code highlighted passages with. Select a tag to rename, recolour, move, merge or delete it; counts
        show how many highlights carry it.
      </p>
      {error && <ErrorAlert message={`The codebook could not be loaded: ${error}`} onRetry={() => void loadTags()} />}
      {loaded && tags.length === 0 && (
        <div className="codebook-empty">
          <h2>No tags yet</h2>
          <p>
            Tags are the topics you code passages with, such as border crossings, refugees or trade. Choose{' '}
            <strong>New tag</strong> to add a top-level tag, then <strong>Add sub-tag</strong> for finer ones. Once
            tagged, highlights can be found by tag in the library.
          </p>
        </div>
      )}
      {rows.length > 0 && selected && (
        <div className="codebook-layout">
          <TagTree
            rows={rows}
            collapsed={collapsed}
            selectedId={selected.id}
            renamingId={renamingId}
            onSelect={setSelectedId}
            onToggle={toggle}
            onRename={setRenamingId}
            onDelete={(tag) => setDialog({ kind: 'delete', tag })}
          />
          <TagActions
            tag={selected}
            onRename={() => setRenamingId(selected.id)}
            onOpen={(kind) => setDialog(kind === 'new' ? { kind, parent: selected } : { kind, tag: selected })}
          />
        </div>
      )}
      {dialog?.kind === 'new' && (
        <NewTagDialog
          parent={dialog.parent}
          onClose={close}
          onCreated={(tag) => {
            close();
            if (tag.parent_id) toggle(tag.parent_id, true);
            setSelectedId(tag.id);
          }}
        />
      )}
      {dialog?.kind === 'colour' && <ColourDialog tag={dialog.tag} onClose={close} />}
      {dialog?.kind === 'move' && <MoveTagDialog tag={dialog.tag} onClose={close} />}
      {dialog?.kind === 'merge' && <MergeTagDialog tag={dialog.tag} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteTagDialog tag={dialog.tag} onClose={close} />}
    </section>
  );
}
