import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { RenameField } from './RenameField';
import { countLabel, type TreeRow } from './tagTree';

interface TagTreeProps {
  rows: TreeRow[];
  collapsed: ReadonlySet<string>;
  selectedId: string | null;
  renamingId: string | null;
  onSelect(id: string): void;
  onToggle(id: string, open: boolean): void;
  onRename(id: string | null): void;
  onDelete(tag: Tag): void;
}

/**
 * The codebook as an ARIA tree with one tab stop: arrows move and open or close, Home and End
 * jump, F2 renames in place, Delete asks to delete. Each tag shows its colour, name, description
 * and counts.
 */
export function TagTree({ rows, collapsed, selectedId, renamingId, onSelect, onToggle, onRename, onDelete }: TagTreeProps) {
  const treeId = useId();
  const tree = useRef<HTMLUListElement>(null);
  const index = Math.max(0, rows.findIndex((row) => row.tag.id === selectedId));
  const current = rows[index];

  /** The row to focus once React has rendered it as the tab stop. */
  const focusWanted = useRef<string | null>(null);
  useEffect(() => {
    if (!focusWanted.current) return;
    tree.current?.querySelector<HTMLElement>(`[data-tag-id="${focusWanted.current}"]`)?.focus();
    focusWanted.current = null;
  });
  const focusRow = (id: string) => {
    focusWanted.current = id;
    onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!current) return;
    const { tag, hasChildren, parentId } = current;
    const open = hasChildren && !collapsed.has(tag.id);
    switch (event.key) {
      case 'ArrowDown':
        if (rows[index + 1]) focusRow(rows[index + 1]!.tag.id);
        break;
      case 'ArrowUp':
        if (index > 0) focusRow(rows[index - 1]!.tag.id);
        break;
      case 'Home':
        focusRow(rows[0]!.tag.id);
        break;
      case 'End':
        focusRow(rows.at(-1)!.tag.id);
        break;
      case 'ArrowRight':
        if (hasChildren && !open) onToggle(tag.id, true);
        else if (open) focusRow(rows[index + 1]!.tag.id);
        break;
      case 'ArrowLeft':
        if (open) onToggle(tag.id, false);
        else if (parentId) focusRow(parentId);
        break;
      case 'F2':
        onRename(tag.id);
        break;
      case 'Delete':
        onDelete(tag);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ul ref={tree} role="tree" aria-label="Codebook" className="tag-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const { tag, level, hasChildren } = row;
        const selected = tag.id === current?.tag.id;
        const detailsId = `${treeId}-${tag.id}`;
        return (
          <li
            key={tag.id}
            role="treeitem"
            data-tag-id={tag.id}
            aria-level={level}
            aria-expanded={hasChildren ? !collapsed.has(tag.id) : undefined}
            aria-selected={selected}
            aria-label={tag.name}
            aria-describedby={`${tag.description ? `${detailsId}-about ` : ''}${detailsId}-count`}
            tabIndex={selected ? 0 : -1}
            className="tag-row"
            style={{ paddingInlineStart: `${(level - 1) * 1.5 + 0.4}rem` }}
            onClick={() => onSelect(tag.id)}
          >
            <span
              className="tag-toggle"
              aria-hidden="true"
              onClick={(event) => {
                if (!hasChildren) return;
                event.stopPropagation();
                onToggle(tag.id, collapsed.has(tag.id));
              }}
            >
              {hasChildren ? (collapsed.has(tag.id) ? '▸' : '▾') : ''}
            </span>
            <span className="swatch" style={{ background: tag.colour }} aria-hidden="true" />
            <span className="tag-text">
              {renamingId === tag.id ? (
                <RenameField
                  tag={tag}
                  onDone={() => {
                    onRename(null);
                    focusRow(tag.id);
                  }}
                />
              ) : (
                <bdi className="tag-name">{tag.name}</bdi>
              )}
              {tag.description && (
                <bdi id={`${detailsId}-about`} className="tag-details">
                  {tag.description}
                </bdi>
              )}
            </span>
            <span id={`${detailsId}-count`} className="tag-count">
              {countLabel(tag)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
