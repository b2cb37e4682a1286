import type { Assignment } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import {
  type AssignmentFilter,
  countAssignmentsByStatus,
  type FilterUnit,
  filterAssignments,
  filterFromParams,
  filterToParams,
  NO_ASSIGNMENT_FILTER,
} from './assignmentFilter.ts';

const units = new Map<string, FilterUnit>([
  ['tinh', { kind: 'province', parentId: null, shortName: null, code: 'QT' }],
  ['huyen-gl', { kind: 'district', parentId: 'tinh', shortName: 'Gio Linh', code: 'GL' }],
  ['xa-gm', { kind: 'commune', parentId: 'huyen-gl', shortName: null, code: 'GL-GM' }],
  ['so-yt', { kind: 'department', parentId: 'tinh', shortName: 'SYT', code: 'SYT' }],
  ['loop-a', { kind: 'other', parentId: 'loop-b', shortName: null, code: 'A' }],
  ['loop-b', { kind: 'other', parentId: 'loop-a', shortName: null, code: 'B' }],
]);

function row(id: string, over: Partial<Assignment>): Assignment {
  return {
    id,
    campaignId: 'c',
    unitId: 'so-yt',
    unitName: 'Sở Y tế',
    taskId: 't',
    kind: 'report',
    text: 'Báo cáo tổng kết',
    topic: '',
    deadline: '2020-06-15',
    minMinutes: null,
    maxMinutes: null,
    status: 'pending',
    version: 1,
    ...over,
  };
}

const items = [
  row('a', { unitId: 'xa-gm', unitName: 'UBND xã Gio Mỹ', status: 'submitted', deadline: '2020-06-20' }),
  row('b', { unitId: 'huyen-gl', unitName: 'UBND huyện Gio Linh', status: 'accepted', deadline: null }),
  row('c', {
    unitId: 'so-yt',
    unitName: 'Sở Y tế',
    kind: 'speech',
    text: 'Tham luận phòng chống dịch',
    topic: 'Cách ly',
  }),
  row('d', { unitId: 'loop-a', unitName: 'Đơn vị lỗi', status: 'returned', deadline: '2020-06-10' }),
];

const ids = (over: Partial<AssignmentFilter>) =>
  filterAssignments(items, { ...NO_ASSIGNMENT_FILTER, ...over }, units).map((a) => a.id);

describe('the tasks tab filter', () => {
  it('lists every row by unit name, Vietnamese order, with no filter', () => {
    expect(ids({})).toEqual(['d', 'c', 'b', 'a']);
  });

  it('searches without diacritics across unit, short name, code, task and topic', () => {
    expect(ids({ q: 'gio my' })).toEqual(['a']);
    expect(ids({ q: 'syt' })).toEqual(['c']);
    expect(ids({ q: 'cach ly' })).toEqual(['c']);
    expect(ids({ q: 'tham luan' })).toEqual(['c']);
    expect(ids({ q: 'huyen gio' })).toEqual(['b']);
    expect(ids({ q: 'khong co' })).toEqual([]);
  });

  it('narrows by status, kind of task and level', () => {
    expect(ids({ status: 'submitted' })).toEqual(['a']);
    expect(ids({ kind: 'speech' })).toEqual(['c']);
    expect(ids({ unitKind: 'commune' })).toEqual(['a']);
  });

  it('narrows to an area: the unit and everything under it, and survives a cycle', () => {
    expect(ids({ under: 'huyen-gl' })).toEqual(['b', 'a']);
    expect(ids({ under: 'tinh' })).toEqual(['c', 'b', 'a']);
    expect(ids({ under: 'xa-gm' })).toEqual(['a']);
    expect(ids({ under: 'nowhere' })).toEqual([]);
  });

  it('sorts by nearest deadline (none last) or by status', () => {
    expect(ids({ sort: 'deadline' })).toEqual(['d', 'c', 'a', 'b']);
    expect(ids({ sort: 'status' })).toEqual(['c', 'a', 'b', 'd']);
  });

  it('counts rows by status', () => {
    expect(Object.fromEntries(countAssignmentsByStatus(items))).toEqual({
      submitted: 1,
      accepted: 1,
      pending: 1,
      returned: 1,
    });
  });

  it('keeps the filter in the address beside the open tab, and ignores unknown values', () => {
    const filter: AssignmentFilter = {
      ...NO_ASSIGNMENT_FILTER,
      status: 'returned',
      q: 'gio',
      sort: 'deadline',
    };
    const params = filterToParams(filter, new URLSearchParams('tab=assignments'));
    expect(params.get('tab')).toBe('assignments');
    expect(filterFromParams(params)).toEqual(filter);
    expect(filterToParams(NO_ASSIGNMENT_FILTER, params).toString()).toBe('tab=assignments');
    expect(filterFromParams(new URLSearchParams('status=lost&kind=x&level=y&sort=z'))).toEqual(
      NO_ASSIGNMENT_FILTER,
    );
  });
});
