import { aggregate, type IndicatorTotal, numberOutline, type Outline } from '@tongket/domain';
import type { UnitTree } from '../units/unit-directory.ts';

/** Each reporting unit's indicator values, by indicator id. */
export interface UnitValues {
  unitId: string;
  values: Record<string, number | null>;
}

/**
 * Indicator totals of a round: for every indicator, the whole round by its rule (sum, maximum,
 * mean of the units' figures), the same for every unit's subtree that has reports in it
 * (province → district → commune), and each unit's own figure. Each subtree keeps a count, a sum
 * and a maximum of the units' own figures in arrays indexed by tree position, reused from one
 * indicator to the next: a mean is the mean of units, not of means, and a national roll-up
 * allocates nothing but its answer.
 */
export function indicatorTotals(
  outline: Outline,
  reports: UnitValues[],
  tree: UnitTree,
  rootId: string,
): IndicatorTotal[] {
  const position = new Map(tree.items.map((u, i) => [u.id, i]));
  const sorted = [...reports].sort((a, b) => (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0));
  // Each report's subtrees: its unit and the ancestors up to the round's issuing unit, by position.
  const chains = sorted.map((r) => {
    const chain = tree.ancestorIds(r.unitId);
    const cut = chain.indexOf(rootId);
    return Int32Array.from(cut === -1 ? chain : chain.slice(0, cut + 1), (id) => position.get(id) ?? -1);
  });
  const size = tree.items.length;
  const count = new Uint32Array(size);
  const sum = new Float64Array(size);
  const max = new Float64Array(size);
  const rootDepth = tree.byId.get(rootId)?.depth ?? 0;
  const out: IndicatorTotal[] = [];
  for (const { section, path } of numberOutline(outline.sections)) {
    for (const indicator of section.indicators) {
      const rule = indicator.aggregation;
      const all: number[] = [];
      const touched: number[] = [];
      const units: IndicatorTotal['units'] = [];
      sorted.forEach((r, k) => {
        const value = r.values[indicator.id];
        if (value === null || value === undefined) return;
        all.push(value);
        units.push({ unitId: r.unitId, unitName: tree.byId.get(r.unitId)?.name ?? '', value });
        for (const at of chains[k] as Int32Array) {
          if (at < 0) continue;
          if (count[at] === 0) {
            touched.push(at);
            sum[at] = 0;
            max[at] = value;
          }
          count[at] = (count[at] as number) + 1;
          sum[at] = (sum[at] as number) + value;
          if (value > (max[at] as number)) max[at] = value;
        }
      });
      touched.sort((a, b) => a - b);
      const subtrees = touched.map((at) => {
        const unit = tree.items[at];
        const n = count[at] as number;
        const value =
          rule === 'none'
            ? null
            : rule === 'max'
              ? (max[at] as number)
              : rule === 'average'
                ? (sum[at] as number) / n
                : (sum[at] as number);
        count[at] = 0;
        return {
          unitId: unit?.id ?? '',
          unitName: unit?.name ?? '',
          depth: (unit?.depth ?? 0) - rootDepth,
          value,
          reported: n,
        };
      });
      out.push({
        indicatorId: indicator.id,
        sectionLabel: path,
        name: indicator.name,
        unit: indicator.unit,
        valueType: indicator.valueType,
        aggregation: rule,
        total: aggregate(all, rule),
        reported: all.length,
        subtrees,
        units,
      });
    }
  }
  return out;
}
