import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Tag, TagCreateInput, TagDeleteInput, TagMergeInput, TagUpdateInput } from '../../../shared/domain/tag.js';
import { AppError } from '../errors.js';
import type { TagRepo, TagRow } from '../repos/tagRepo.js';

/** Colours for new top-level tags that name none, in turn; sub-tags take their parent's. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

const folded = (name: string) => name.toLocaleLowerCase('und');

/** The codebook's rules: names unique among siblings, no cycles, nothing in use deleted silently. */
export function codebookService(tags: TagRepo) {
  function mustGet(id: string, field: string): TagRow {
    const tag = tags.get(id);
    if (!tag) throw new AppError('not_found', `No tag with id ${id}.`, field);
    return tag;
  }

  function view(id: string): Tag {
    return tags.list().find((tag) => tag.id === id)!;
  }

  function assertNameFree(name: string, parentId: string | null, exceptId?: string): void {
    const clash = tags.children(parentId).find((t) => t.id !== exceptId && folded(t.name) === folded(name));
    if (clash) {
      const where = parentId ? `under “${tags.get(parentId)!.name}”` : 'at the top level';
      throw new AppError('conflict', `A tag named “${clash.name}” already exists ${where}.`, 'name');
    }
  }

  /** Refuses to put a tag under itself or under one of its own sub-tags. */
  function assertNotInside(id: string, newParentId: string, field: string): void {
    if (newParentId === id || tags.descendantIds(id).includes(newParentId)) {
      const name = tags.get(id)!.name;
      throw new AppError('conflict', `“${name}” cannot go under itself or one of its own sub-tags.`, field);
    }
  }

  /** Puts `id` at `position` among its siblings, renumbering them 0, 1, 2… */
  function placeAmongSiblings(id: string, parentId: string | null, position: number): void {
    const siblings = tags.children(parentId).filter((t) => t.id !== id).map((t) => t.id);
    siblings.splice(Math.min(position, siblings.length), 0, id);
    siblings.forEach((siblingId, index) => tags.setPosition(siblingId, index));
  }

  /** Closes the gaps a tag that left `parentId` leaves in its siblings' positions. */
  function renumber(parentId: string | null): void {
    tags.children(parentId).forEach((sibling, index) => tags.setPosition(sibling.id, index));
  }

  /** `from`'s highlights and sub-tags go to `into` (the shared part of merge and delete-with-move). */
  function moveContents(from: TagRow, into: TagRow, field: string): void {
    assertNotInside(from.id, into.id, field);
    const intoChildren = tags.children(into.id);
    let position = intoChildren.length;
    for (const child of tags.children(from.id)) {
      const clash = intoChildren.find((t) => folded(t.name) === folded(child.name));
      if (clash) {
        throw new AppError(
          'conflict',
          `Both “${from.name}” and “${into.name}” have a sub-tag named “${child.name}”: merge or rename one of them first.`,
          field,
        );
      }
      tags.update({ ...child, parent_id: into.id, position: position++ });
    }
    tags.moveHighlights(from.id, into.id);
  }

  return {
    list: () => tags.list(),

    create(input: z.output<typeof TagCreateInput>, now: Date = new Date()): Tag {
      const parent = input.parent_id === null ? null : mustGet(input.parent_id, 'parent_id');
      assertNameFree(input.name, input.parent_id);
      const siblings = tags.children(input.parent_id);
      const id = randomUUID();
      tags.insert({
        id,
        parent_id: input.parent_id,
        name: input.name,
        colour: input.colour ?? parent?.colour ?? PALETTE[siblings.length % PALETTE.length]!,
        description: input.description || null,
        position: siblings.length,
        created_at: now.toISOString(),
      });
      return view(id);
    },

    update(input: z.output<typeof TagUpdateInput>): Tag {
      const tag = mustGet(input.id, 'id');
      const parentId = input.parent_id === undefined ? tag.parent_id : input.parent_id;
      if (parentId !== null) {
        mustGet(parentId, 'parent_id');
        assertNotInside(tag.id, parentId, 'parent_id');
      }
      const name = input.name ?? tag.name;
      if (name !== tag.name || parentId !== tag.parent_id) assertNameFree(name, parentId, tag.id);
      const moved = parentId !== tag.parent_id;
      tags.update({
        id: tag.id,
        parent_id: parentId,
        name,
        colour: input.colour ?? tag.colour,
        description: input.description === undefined ? tag.description : input.description || null,
        position: tag.position,
      });
      if (moved || input.position !== undefined) {
        placeAmongSiblings(tag.id, parentId, input.position ?? Number.MAX_SAFE_INTEGER);
      }
      if (moved) renumber(tag.parent_id);
      return view(tag.id);
    },

    merge({ from, into }: z.output<typeof TagMergeInput>): Tag {
      if (from === into) throw new AppError('invalid_input', 'A tag cannot be merged into itself.', 'into');
      const source = mustGet(from, 'from');
      const target = mustGet(into, 'into');
      moveContents(source, target, 'into');
      tags.delete(source.id);
      renumber(source.parent_id);
      return view(target.id);
    },

    delete({ id, move_to }: z.output<typeof TagDeleteInput>): { id: string } {
      const tag = mustGet(id, 'id');
      if (move_to === undefined) {
        const highlights = tags.highlightCount(id);
        const children = tags.children(id).length;
        if (highlights > 0 || children > 0) {
          throw new AppError(
            'conflict',
            `“${tag.name}” has ${highlights} highlight(s) and ${children} sub-tag(s): choose a tag to move them to.`,
            'move_to',
          );
        }
      } else {
        if (move_to === id) throw new AppError('invalid_input', 'A tag cannot be moved into itself.', 'move_to');
        moveContents(tag, mustGet(move_to, 'move_to'), 'move_to');
      }
      tags.delete(id);
      renumber(tag.parent_id);
      return { id };
    },
  };
}
export type CodebookService = ReturnType<typeof codebookService>;
