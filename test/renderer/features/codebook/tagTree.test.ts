import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../shared/domain/tag';
import { countLabel, selfAndDescendants, visibleRows } from '../../../../renderer/features/codebook/tagTree';

let next = 0;
function tag(name: string, parent: Tag | null, position: number, counts: [number, number] = [0, 0]): Tag {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    parent_id: parent?.id ?? null,
    name,
    colour: '#1f77b4',
    description: null,
    position,
    highlight_count: counts[0],
    total_count: counts[1],
  };
}

const border = tag('Border', null, 1);
const security = tag('Security', null, 0);
const torkham = tag('Torkham', border, 1);
const chaman = tag('Chaman', border, 0);
const gate = tag('Friendship Gate', chaman, 0);
// Listed out of order on purpose: the tree follows parent_id and position, not list order.
const flat = [gate, torkham, border, chaman, security];

describe('visibleRows', () => {
  it('lays a flat list out depth first in sibling order with levels', () => {
    const rows = visibleRows(flat, new Set());
    expect(rows.map((row) => [row.tag.name, row.level, row.hasChildren])).toEqual([
      ['Security', 1, false],
      ['Border', 1, true],
      ['Chaman', 2, true],
      ['Friendship Gate', 3, false],
      ['Torkham', 2, false],
    ]);
  });

  it('hides the sub-tags of a collapsed tag, however deep', () => {
    expect(visibleRows(flat, new Set([border.id])).map((row) => row.tag.name)).toEqual(['Security', 'Border']);
  });

  it('shows a tag whose parent is missing at the top level instead of losing it', () => {
    expect(visibleRows([torkham], new Set()).map((row) => [row.tag.name, row.level])).toEqual([['Torkham', 1]]);
  });
});

describe('selfAndDescendants', () => {
  it('collects a tag and everything below it, nothing beside it', () => {
    expect(selfAndDescendants(flat, border.id)).toEqual(new Set([border.id, chaman.id, gate.id, torkham.id]));
  });
});

describe('countLabel', () => {
  it('adds the count with sub-tags only when they add to it', () => {
    expect(countLabel({ ...border, highlight_count: 1, total_count: 1 })).toBe('1 highlight');
    expect(countLabel({ ...border, highlight_count: 2, total_count: 7 })).toBe('2 highlights (7 with sub-tags)');
    expect(countLabel({ ...border, highlight_count: 0, total_count: 4 })).toBe('4 in sub-tags');
  });
});
