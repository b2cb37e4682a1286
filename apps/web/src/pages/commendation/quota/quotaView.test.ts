import type { NominationStatus, QuotaStatus } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { nomination } from '../../../testing/fixtures.ts';
import {
  groupQuotas,
  ownUse,
  quotaColor,
  quotaPercent,
  quotasOfUnit,
  rowCapacity,
  unitsWithQuota,
} from './quotaView.ts';

const row = (over: Partial<QuotaStatus>): QuotaStatus => ({
  quotaRowId: 'q',
  awardGroupId: 'g1',
  awardTypeId: 'bang-khen',
  awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
  heading: '1. Bằng khen của Chủ tịch UBND tỉnh',
  scope: 'unit',
  nomineeKind: 'collective',
  count: 1,
  label: '',
  text: '',
  unitKind: null,
  used: 0,
  units: [],
  ...over,
});

const syt = { unitId: 'u-syt', unitName: 'Sở Y tế' };
const bchqs = { unitId: 'u-bchqs', unitName: 'Bộ Chỉ huy Quân sự tỉnh' };
const hh = { unitId: 'u-hh', unitName: 'UBND huyện Hướng Hóa' };

// Section VI: each district two individuals; the departments share a pool of three; one unit its own.
const rows: QuotaStatus[] = [
  row({
    quotaRowId: 'each',
    scope: 'each',
    nomineeKind: 'individual',
    count: 2,
    used: 3,
    units: [
      { ...hh, limit: 2, used: 2 },
      { ...bchqs, limit: 2, used: 1 },
    ],
  }),
  row({
    quotaRowId: 'pool',
    awardGroupId: 'g2',
    heading: '2. Giấy khen',
    awardTypeName: 'Giấy khen',
    scope: 'pool',
    count: 3,
    used: 2,
    units: [
      { ...syt, limit: 3, used: 0 },
      { ...bchqs, limit: 3, used: 2 },
    ],
  }),
  row({ quotaRowId: 'own', scope: 'unit', count: 1, used: 2, units: [{ ...syt, limit: 1, used: 2 }] }),
];

describe('groupQuotas', () => {
  it('puts rows under their numbered award, in the plan’s order, even when an award’s rows are apart', () => {
    expect(
      groupQuotas(rows).map((g) => [g.awardGroupId, g.heading, g.rows.map((r) => r.quotaRowId)]),
    ).toEqual([
      ['g1', '1. Bằng khen của Chủ tịch UBND tỉnh', ['each', 'own']],
      ['g2', '2. Giấy khen', ['pool']],
    ]);
    expect(groupQuotas([])).toEqual([]);
  });
});

describe('rowCapacity', () => {
  it('multiplies an "each" rule by its units; a unit or a pool has its count', () => {
    expect(rows.map(rowCapacity)).toEqual([4, 3, 1]);
    expect(rowCapacity(row({ scope: 'each', count: 2, units: [] }))).toBe(0);
  });
});

describe('quotasOfUnit: what is left to one unit', () => {
  it('counts a pool’s slots as shared: what the others used is gone for this unit too', () => {
    expect(quotasOfUnit(rows, 'u-syt').map((q) => [q.row.quotaRowId, q.limit, q.used, q.left])).toEqual([
      ['pool', 3, 2, 1],
      // Sent over quota with a reason: nothing left, never a negative number.
      ['own', 1, 2, 0],
    ]);
    expect(quotasOfUnit(rows, 'u-bchqs').map((q) => [q.row.quotaRowId, q.limit, q.used, q.left])).toEqual([
      ['each', 2, 1, 1],
      ['pool', 3, 2, 1],
    ]);
  });

  it('has nothing for a unit no row covers', () => {
    expect(quotasOfUnit(rows, 'u-none')).toEqual([]);
  });
});

describe('unitsWithQuota', () => {
  it('lists each covered unit once, in the table’s order, the caller’s own first', () => {
    expect(unitsWithQuota(rows, 'u-syt')).toEqual([
      { value: 'u-syt', label: 'Sở Y tế' },
      { value: 'u-hh', label: 'UBND huyện Hướng Hóa' },
      { value: 'u-bchqs', label: 'Bộ Chỉ huy Quân sự tỉnh' },
    ]);
    expect(unitsWithQuota(rows, 'u-none').map((u) => u.value)).toEqual(['u-hh', 'u-bchqs', 'u-syt']);
  });
});

describe('ownUse', () => {
  it('counts the nominations that hold a slot, per row and unit', () => {
    const at = (quotaRowId: string | null, unitId: string, status: NominationStatus) =>
      nomination({ quotaRowId, unitId, status });
    const use = ownUse([
      at('each', 'u-hh', 'submitted'),
      at('each', 'u-hh', 'forwarded'),
      at('each', 'u-hh', 'approved'),
      at('each', 'u-hh', 'decided'),
      // A draft, a rejected one and one with no row hold nothing.
      at('each', 'u-hh', 'draft'),
      at('each', 'u-hh', 'rejected'),
      at(null, 'u-hh', 'submitted'),
      at('each', 'u-bchqs', 'submitted'),
    ]);
    expect(Object.fromEntries(use)).toEqual({ 'each|u-hh': 4, 'each|u-bchqs': 1 });
  });
});

describe('quotaColor and quotaPercent', () => {
  it.each([
    [0, 2, 'blue', 0],
    [1, 2, 'blue', 50],
    [2, 2, 'orange', 100],
    [3, 2, 'red', 100],
    [0, 0, 'orange', 0],
    [1, 0, 'red', 100],
  ])('%i of %i → %s, %d%%', (used, limit, color, percent) => {
    expect(quotaColor(used, limit)).toBe(color);
    expect(quotaPercent(used, limit)).toBe(percent);
  });
});
