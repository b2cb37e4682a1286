import { describe, expect, it } from 'vitest';
import { NESTED_REPORTER_PAIRS_SHOWN, nestedReporters, nestedReporterWarnings } from './consolidation.ts';

// A province, a district with communes, and a department with none.
const parents: Record<string, string | null> = { p: null, d: 'p', s: 'p' };
for (let i = 1; i <= 30; i++) parents[`c${i}`] = 'd';
const ancestorIds = (id: string) => {
  const out: string[] = [];
  for (let at: string | null | undefined = id; at; at = parents[at]) out.push(at);
  return out;
};
const names: Record<string, string> = { p: 'UBND tỉnh', d: 'UBND huyện Đông', s: 'Sở Y tế' };
const unitName = (id: string) => names[id] ?? `UBND xã ${id.slice(1)}`;

describe('a report task given to a unit and its own sub-units', () => {
  it('pairs each unit with the sub-units the same report task gives, not other tasks’', () => {
    const tasks = [
      { kind: 'speech' as const, unitIds: ['d', 'c1'], label: '' },
      { kind: 'report' as const, unitIds: ['s', 'c2', 'd', 'c1'], label: '' },
      { kind: 'report' as const, unitIds: ['d'], label: '' },
      { kind: 'report' as const, unitIds: ['c3'], label: '' },
    ];
    expect(nestedReporters(tasks, ancestorIds)).toEqual([
      { task: 1, unitId: 'd', subunitId: 'c2' },
      { task: 1, unitId: 'd', subunitId: 'c1' },
    ]);
    expect(nestedReporterWarnings(tasks, ancestorIds, unitName)).toEqual([
      'Nhiệm vụ 2 giao báo cáo cho cả đơn vị và đơn vị cấp dưới của nó: UBND huyện Đông – UBND xã 2; UBND huyện Đông – UBND xã 1. Khi tổng hợp số liệu, số của đơn vị cấp trên được dùng thay cho tổng của các đơn vị cấp dưới (không cộng trùng).',
    ]);
  });

  it('names the province with its districts and communes, and counts the pairs it does not list', () => {
    const all = Object.keys(parents);
    const [warning] = nestedReporterWarnings(
      [{ kind: 'report', unitIds: all, label: 'Các đơn vị, địa phương' }],
      ancestorIds,
      unitName,
    );
    // p–d, p–s, p–c1…c30 and d–c1…c30: 62 pairs.
    expect(warning).toMatch(/^Nhiệm vụ 1 \(Các đơn vị, địa phương\) giao báo cáo/);
    expect(warning).toContain('UBND tỉnh – UBND huyện Đông; UBND tỉnh – Sở Y tế');
    expect(warning).toContain(` và ${62 - NESTED_REPORTER_PAIRS_SHOWN} cặp khác.`);
    expect(warning?.split(' – ')).toHaveLength(NESTED_REPORTER_PAIRS_SHOWN + 1);
  });
});
