import { describe, expect, it } from 'vitest';
import type { UnitRow } from './queries.ts';
import { MAX_SEARCH_MATCHES, UnitTree } from './unit-directory.ts';

function row(id: string, name: string, parent: string | null, order = 0): UnitRow {
  return {
    id,
    code: id.toUpperCase(),
    name,
    short_name: null,
    kind: parent ? 'commune' : 'province',
    parent_id: parent,
    email: null,
    active: 1,
    sort_order: order,
    version: 1,
  };
}

describe('UnitTree', () => {
  const rows = [
    row('p', 'UBND tỉnh Thử', null),
    row('d1', 'UBND huyện Đông', 'p', 2),
    row('d2', 'UBND huyện Ân', 'p', 2),
    ...Array.from({ length: 250 }, (_, i) => row(`c${i}`, `UBND xã Tân Lập ${i + 1}`, i % 2 ? 'd1' : 'd2')),
  ];
  const tree = new UnitTree(7, rows);

  it('orders siblings by their order, then by Vietnamese collation, depth-first', () => {
    expect(tree.items.slice(0, 3).map((u) => [u.name, u.depth])).toEqual([
      ['UBND tỉnh Thử', 0],
      ['UBND huyện Ân', 1],
      ['UBND xã Tân Lập 1', 2],
    ]);
    expect(tree.items).toHaveLength(253);
    expect(JSON.parse(tree.listJson().toString()).items).toEqual(tree.items);
  });

  it('caps a broad search in tree order, lists ancestors once, and says it was truncated', () => {
    const answer = JSON.parse(tree.searchJson('tan lap').toString());
    expect(answer.total).toBe(250);
    expect(answer.truncated).toBe(true);
    const matched = answer.items.filter((u: { matched: boolean }) => u.matched);
    expect(matched).toHaveLength(MAX_SEARCH_MATCHES);
    expect(
      answer.items
        .filter((u: { matched: boolean }) => !u.matched)
        .map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual(['d2', 'p']);
  });

  it('finds a number as a word, not inside another number', () => {
    const answer = JSON.parse(tree.searchJson('tan lap 12').toString());
    expect(
      answer.items.filter((u: { matched: boolean }) => u.matched).map((u: { name: string }) => u.name),
    ).toEqual(
      [
        'UBND xã Tân Lập 12',
        'UBND xã Tân Lập 120',
        'UBND xã Tân Lập 121',
        'UBND xã Tân Lập 122',
        'UBND xã Tân Lập 123',
        'UBND xã Tân Lập 124',
        'UBND xã Tân Lập 125',
        'UBND xã Tân Lập 126',
        'UBND xã Tân Lập 127',
        'UBND xã Tân Lập 128',
        'UBND xã Tân Lập 129',
      ].sort((a, b) => tree.items.findIndex((u) => u.name === a) - tree.items.findIndex((u) => u.name === b)),
    );
    expect(tree.path('c11')).toEqual(['UBND tỉnh Thử', 'UBND huyện Đông']);
    expect(tree.isWithin('d1', 'c11')).toBe(true);
    expect(tree.isWithin('d2', 'c11')).toBe(false);
  });
});
