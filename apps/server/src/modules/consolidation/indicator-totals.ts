import { aggregate, type IndicatorTotal, numberOutline, type Outline } from '@tongket/domain';
import type { UnitTree } from '../../kernel/unit-directory.ts';

/** Each reporting unit's indicator values, by indicator id. */
export interface UnitValues {
  unitId: string;
  values: Record<string, number | null>;
}

/**
 * Indicator totals of a round: for every indicator, the whole round by its rule (sum, maximum,
 * mean of the units' figures), the same for every unit's subtree that has reports in it
 * (province → district → commune), and each unit's own figure.
 *
 * A unit that reported a figure stands for its whole subtree (ROLLUP_RULE in @tongket/domain): when
 * a district and its communes both report, the district's subtree — and every subtree above it,
 * the round's total included — takes the district's figure and leaves the communes' out, so nothing
 * is counted twice; the communes' own subtrees still show their figures. A unit that did not report
 * gets its sub-units' figures by the rule. Such units are listed in `ownFigureUnits`.
 *
 * Each subtree keeps a count, a sum and a maximum of the figures it takes in arrays indexed by tree
 * position, reused from one indicator to the next: a mean is the mean of units, not of means, and a
 * national roll-up allocates nothing but its answer.
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
  /** Figures taken into each subtree (the mean's divisor). */
  const count = new Uint32Array(size);
  /** Units in each subtree that reported, taken in or not. */
  const reported = new Uint32Array(size);
  const sum = new Float64Array(size);
  const max = new Float64Array(size);
  /**
   * The unit at a position reported the current indicator itself when this holds the indicator's
   * stamp (its number, from 1): no clearing between indicators.
   */
  const own = new Uint32Array(size);
  let stamp = 0;
  /** For a unit that reported: how many reporting units below it its figure stands for. */
  const replaces = new Uint32Array(size);
  const rootDepth = tree.byId.get(rootId)?.depth ?? 0;
  const out: IndicatorTotal[] = [];
  for (const { section, path } of numberOutline(outline.sections)) {
    for (const indicator of section.indicators) {
      const rule = indicator.aggregation;
      stamp++;
      const all: number[] = [];
      const touched: number[] = [];
      const units: IndicatorTotal['units'] = [];
      const covering: number[] = [];
      // Reports run in tree order, so a unit's own figure is marked before any unit below it is reached.
      sorted.forEach((r, k) => {
        const value = r.values[indicator.id];
        if (value === null || value === undefined) return;
        units.push({ unitId: r.unitId, unitName: tree.byId.get(r.unitId)?.name ?? '', value });
        const chain = chains[k] as Int32Array;
        if ((chain[0] as number) >= 0) own[chain[0] as number] = stamp;
        // The figure counts up to (not including) the nearest unit above that reported its own.
        let shadowed = false;
        for (let j = 0; j < chain.length; j++) {
          const at = chain[j] as number;
          if (at < 0) continue;
          if (j > 0 && own[at] === stamp) {
            if (replaces[at] === 0) covering.push(at);
            replaces[at] = (replaces[at] as number) + 1;
            shadowed = true;
          }
          if (reported[at] === 0) {
            touched.push(at);
            count[at] = 0;
            sum[at] = 0;
            max[at] = Number.NEGATIVE_INFINITY;
          }
          reported[at] = (reported[at] as number) + 1;
          if (shadowed) continue;
          count[at] = (count[at] as number) + 1;
          sum[at] = (sum[at] as number) + value;
          if (value > (max[at] as number)) max[at] = value;
        }
        if (!shadowed) all.push(value);
      });
      touched.sort((a, b) => a - b);
      const subtrees = touched.map((at) => {
        const unit = tree.items[at];
        const n = count[at] as number;
        const value =
          rule === 'none' || n === 0
            ? null
            : rule === 'max'
              ? (max[at] as number)
              : rule === 'average'
                ? (sum[at] as number) / n
                : (sum[at] as number);
        const row = {
          unitId: unit?.id ?? '',
          unitName: unit?.name ?? '',
          depth: (unit?.depth ?? 0) - rootDepth,
          value,
          reported: reported[at] as number,
        };
        reported[at] = 0;
        return row;
      });
      covering.sort((a, b) => a - b);
      const ownFigureUnits = covering.map((at) => {
        const row = {
          unitId: tree.items[at]?.id ?? '',
          unitName: tree.items[at]?.name ?? '',
          replaces: replaces[at] as number,
        };
        replaces[at] = 0;
        return row;
      });
      out.push({
        indicatorId: indicator.id,
        sectionLabel: path,
        name: indicator.name,
        unit: indicator.unit,
        valueType: indicator.valueType,
        aggregation: rule,
        total: aggregate(all, rule),
        reported: units.length,
        subtrees,
        units,
        ownFigureUnits,
      });
    }
  }
  return out;
}
