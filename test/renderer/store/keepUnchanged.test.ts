import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../../renderer/store/keepUnchanged';

const statement = (id: string, quote: string) => ({ id, quote, speaker: 'Ishaq Dar', responds_to: null });

describe('keepUnchanged', () => {
  it('returns the previous value whole when the next one deep-equals it', () => {
    const previous = { total: 2, rows: [{ topic_id: 't', cells: [{ count: 2, statements: [statement('a', 'One'), statement('b', 'Two')] }] }] };
    const next = structuredClone(previous);
    expect(keepUnchanged(previous, next)).toBe(previous);
  });

  it('keeps the unchanged parts and makes new objects only along what changed', () => {
    const previous = { rows: [{ cells: [{ count: 1, statements: [statement('a', 'One')] }, { count: 1, statements: [statement('b', 'Two')] }] }] };
    const next = structuredClone(previous);
    next.rows[0]!.cells[1]!.count = 3;
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.rows[0]!.cells[0]).toBe(previous.rows[0]!.cells[0]);
    expect(kept.rows[0]!.cells[1]).not.toBe(previous.rows[0]!.cells[1]);
    expect(kept.rows[0]!.cells[1]!.statements).toBe(previous.rows[0]!.cells[1]!.statements);
  });

  it('pairs list items by id, so an item moved down the list is still the same object', () => {
    const previous = [statement('a', 'One'), statement('b', 'Two')];
    const next = [statement('c', 'New'), ...structuredClone(previous)];
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept[1]).toBe(previous[0]);
    expect(kept[2]).toBe(previous[1]);
  });

  it('makes a new object of an item whose fields changed', () => {
    const previous = [statement('a', 'One')];
    const next = [statement('a', 'One, edited')];
    const kept = keepUnchanged(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept[0]).not.toBe(previous[0]);
    expect(kept[0]!.quote).toBe('One, edited');
  });

  it('treats a field that appears or disappears as a change', () => {
    expect(keepUnchanged({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    const previous = { a: 1, b: 2 };
    expect(keepUnchanged(previous, { a: 1 })).not.toBe(previous);
    expect(keepUnchanged([1, 2], [1])).toEqual([1]);
  });
});
