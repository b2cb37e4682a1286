import { describe, expect, it } from 'vitest';
import { unitRow as row } from '../../test/unit-rows.ts';
import { MAX_SEARCH_MATCHES, UnitTree } from './unit-directory.ts';

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
    expect(JSON.parse(tree.view(null).listJson().toString()).items).toEqual(tree.items);
  });

  it('caps a broad search in tree order, lists ancestors once, and says it was truncated', () => {
    const answer = JSON.parse(tree.view(null).searchJson('tan lap').toString());
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
    const answer = JSON.parse(tree.view(null).searchJson('tan lap 12').toString());
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

describe('UnitTree views by province', () => {
  // Two provinces, the second listed first by order; each with a unit named alike.
  const rows = [
    row('qt', 'UBND tỉnh Quảng Trị', null, 2),
    row('qt-syt', 'Sở Y tế', 'qt', 1),
    row('qt-hh', 'UBND huyện Hướng Hóa', 'qt', 2),
    row('qt-hh-ks', 'UBND thị trấn Khe Sanh', 'qt-hh'),
    row('bd', 'UBND tỉnh Bình Dương', null, 1),
    row('bd-syt', 'Sở Y tế', 'bd', 1),
    row('bd-ta', 'UBND thành phố Thuận An', 'bd', 2),
  ];
  const tree = new UnitTree(3, rows);
  const ids = (units: Array<{ id: string }>) => units.map((u) => u.id);
  const list = (json: Buffer) => JSON.parse(json.toString());

  it('lists a province alone, in display order with the depth of the whole tree', () => {
    const qt = tree.viewFor({ role: 'unit', unitId: 'qt-hh-ks' });
    expect(ids(qt.items)).toEqual(['qt', 'qt-syt', 'qt-hh', 'qt-hh-ks']);
    expect(list(qt.listJson())).toEqual({ items: qt.items, total: 4 });
    expect(qt.items.map((u) => u.depth)).toEqual([0, 1, 1, 2]);
    expect(ids(tree.viewFor({ role: 'admin', unitId: 'bd-ta' }).items)).toEqual(['bd', 'bd-syt', 'bd-ta']);
  });

  it('gives the system administrator every province, and a stray unit nothing', () => {
    const all = tree.viewFor({ role: 'sysadmin', unitId: 'qt-syt' });
    expect(ids(all.items)).toEqual(ids(tree.items));
    expect(list(all.listJson()).total).toBe(7);
    const none = tree.viewFor({ role: 'viewer', unitId: 'nowhere' });
    expect(list(none.listJson())).toEqual({ items: [], total: 0 });
    expect(tree.view('qt-syt').size).toBe(0);
  });

  it('names the province in the ETag and builds each view once', () => {
    const qt = tree.view('qt');
    expect(qt.etag).toBe('"units-3-qt"');
    expect(tree.view('bd').etag).toBe('"units-3-bd"');
    expect(tree.view(null).etag).toBe('"units-3"');
    expect(tree.viewFor({ role: 'coordinator', unitId: 'qt-syt' })).toBe(qt);
    expect(qt.listGzip()).toBe(qt.listGzip());
  });

  it('searches within the province, counting its matches only', () => {
    const qt = list(tree.view('qt').searchJson('so y te'));
    expect(qt).toMatchObject({ total: 1, truncated: false });
    expect(ids(qt.items)).toEqual(['qt', 'qt-syt']);
    const bd = list(tree.view('bd').searchJson('so y te'));
    expect(ids(bd.items)).toEqual(['bd', 'bd-syt']);
    expect(list(tree.view('bd').searchJson('khe sanh'))).toEqual({ items: [], total: 0, truncated: false });
    const all = list(tree.view(null).searchJson('so y te'));
    expect(all.total).toBe(2);
    expect(ids(all.items)).toEqual(['bd', 'bd-syt', 'qt', 'qt-syt']);
  });
});
