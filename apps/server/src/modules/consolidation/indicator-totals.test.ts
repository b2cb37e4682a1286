import type { IndicatorAggregation, Outline } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { unitRow as row } from '../../../test/unit-rows.ts';
import { UnitTree } from '../../kernel/unit-directory.ts';
import { indicatorTotals } from './indicator-totals.ts';

// A province, two districts; Đông has two communes, one of them with a hamlet-level unit below.
const tree = new UnitTree(1, [
  row('p', 'UBND tỉnh Thử', null, 0),
  row('d1', 'UBND huyện Đông', 'p', 1),
  row('c1', 'UBND xã Một', 'd1', 1),
  row('c2', 'UBND xã Hai', 'd1', 2),
  row('v1', 'Trạm Y tế xã Hai', 'c2', 1),
  row('d2', 'UBND huyện Tây', 'p', 2),
  row('c3', 'UBND xã Ba', 'd2', 1),
]);

const indicator = (id: string, aggregation: IndicatorAggregation) => ({
  id,
  name: `Chỉ tiêu ${id}`,
  unit: 'người',
  valueType: 'integer' as const,
  aggregation,
  required: false,
});

const outline: Outline = {
  title: 'Đề cương',
  summary: '',
  sections: [
    {
      id: 's1',
      title: 'Kết quả',
      required: false,
      guidance: '',
      indicators: [indicator('sum', 'sum'), indicator('max', 'max'), indicator('avg', 'average')],
      children: [],
    },
  ],
};

// Đông reported its own figure and so did its communes and the unit below Hai; Tây did not, its commune did.
const figures: Record<string, number> = { d1: 100, c1: 130, c2: 40, v1: 5, c3: 7 };
const reports = Object.entries(figures).map(([unitId, value]) => ({
  unitId,
  values: { sum: value, max: value, avg: value },
}));

describe('indicator totals when a unit and its sub-units both report', () => {
  const totals = indicatorTotals(outline, reports, tree, 'p');
  const byId = (id: string) => totals.find((t) => t.indicatorId === id);
  const subtree = (id: string, unitId: string) => byId(id)?.subtrees.find((s) => s.unitId === unitId);

  it('takes the unit’s own figure for its subtree and every total above, not its sub-units’ too', () => {
    // Sum: Đông 100 (not 100 + 130 + 40 + 5), Tây 7 from its commune: 107 for the province.
    expect(byId('sum')?.total).toBe(107);
    expect(subtree('sum', 'p')).toMatchObject({ value: 107, reported: 5 });
    expect(subtree('sum', 'd1')).toMatchObject({ value: 100, reported: 4 });
    expect(subtree('sum', 'd2')).toMatchObject({ value: 7, reported: 1 });
    // Below the district, each subtree still has its own: Hai's figure stands for its unit below.
    expect(subtree('sum', 'c2')).toMatchObject({ value: 40, reported: 2 });
    expect(subtree('sum', 'v1')).toMatchObject({ value: 5, reported: 1 });
    expect(subtree('sum', 'c1')).toMatchObject({ value: 130, reported: 1 });
    // Maximum: a commune's 130 is inside Đông's 100, so it does not lift the district or province.
    expect(byId('max')?.total).toBe(100);
    expect(subtree('max', 'd1')?.value).toBe(100);
    // Mean of the figures taken in: Đông and Xã Ba.
    expect(byId('avg')?.total).toBe(53.5);
    expect(subtree('avg', 'p')?.value).toBe(53.5);
    // Every unit's own figure is still listed, and all five count as reporting.
    expect(byId('sum')?.reported).toBe(5);
    expect(byId('sum')?.units.map((u) => [u.unitId, u.value])).toEqual([
      ['d1', 100],
      ['c1', 130],
      ['c2', 40],
      ['v1', 5],
      ['c3', 7],
    ]);
  });

  it('names the units whose own figure was used and how many reporting sub-units it stands for', () => {
    for (const id of ['sum', 'max', 'avg']) {
      expect(byId(id)?.ownFigureUnits).toEqual([
        { unitId: 'd1', unitName: 'UBND huyện Đông', replaces: 3 },
        { unitId: 'c2', unitName: 'UBND xã Hai', replaces: 1 },
      ]);
    }
  });

  it('adds the sub-units up as before when the unit above them did not report', () => {
    const communesOnly = reports.filter((r) => r.unitId !== 'd1' && r.unitId !== 'c2');
    const again = indicatorTotals(outline, communesOnly, tree, 'p');
    const sum = again.find((t) => t.indicatorId === 'sum');
    expect(sum?.total).toBe(130 + 5 + 7);
    expect(sum?.subtrees.find((s) => s.unitId === 'd1')).toMatchObject({ value: 135, reported: 2 });
    expect(sum?.ownFigureUnits).toEqual([]);
    // Scratch state from the first roll-up does not leak into the next one.
    expect(again.find((t) => t.indicatorId === 'max')?.total).toBe(130);
  });

  it('leaves a figure out only for the indicator its unit reported', () => {
    const partial = reports.map((r) =>
      r.unitId === 'd1' ? { unitId: 'd1', values: { sum: 100, max: null, avg: null } } : r,
    );
    const rolled = indicatorTotals(outline, partial, tree, 'p');
    // Đông gave no maximum: its communes' figures (Hai standing for its unit below) count.
    expect(rolled.find((t) => t.indicatorId === 'max')?.total).toBe(130);
    expect(rolled.find((t) => t.indicatorId === 'max')?.ownFigureUnits.map((u) => u.unitId)).toEqual(['c2']);
    expect(rolled.find((t) => t.indicatorId === 'sum')?.total).toBe(107);
  });
});
