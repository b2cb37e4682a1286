import type { OutlineSection } from './outline.ts';

/**
 * The outline's indicator kinds and its numbering ("I.", "1.", "a)"), without zod: a page that only
 * shows them (home) does not load the outline's schemas (outline.ts).
 */

export const INDICATOR_VALUE_TYPES = ['integer', 'decimal', 'money'] as const;
export type IndicatorValueType = (typeof INDICATOR_VALUE_TYPES)[number];
export const INDICATOR_AGGREGATIONS = ['sum', 'max', 'average', 'none'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

export const INDICATOR_VALUE_TYPE_LABELS: Record<IndicatorValueType, { vi: string; en: string }> = {
  integer: { vi: 'Số nguyên', en: 'Integer' },
  decimal: { vi: 'Số thập phân', en: 'Decimal' },
  money: { vi: 'Số tiền (đồng)', en: 'Amount (VND)' },
};

export const INDICATOR_AGGREGATION_LABELS: Record<IndicatorAggregation, { vi: string; en: string }> = {
  sum: { vi: 'Cộng tổng', en: 'Sum' },
  max: { vi: 'Lớn nhất', en: 'Maximum' },
  average: { vi: 'Trung bình', en: 'Average' },
  none: { vi: 'Không tổng hợp', en: 'None' },
};

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** a, b, … z, then aa, ab … (Vietnamese documents rarely go past h). */
function toLetter(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const r = (rest - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** The printed number of the n-th (1-based) section at a depth (0 = top): "I.", "1.", "a)". */
export function sectionLabel(depth: number, n: number): string {
  if (depth === 0) return `${toRoman(n)}.`;
  if (depth === 1) return `${n}.`;
  return `${toLetter(n)})`;
}

export interface NumberedSection {
  section: OutlineSection;
  depth: number;
  /** As printed: "I.", "2.", "b)". */
  label: string;
  /** Full path for references: "I.2.b". */
  path: string;
}

/** Every section in reading order with its number, derived from its position. */
export function numberOutline(sections: readonly OutlineSection[]): NumberedSection[] {
  const out: NumberedSection[] = [];
  const walk = (list: readonly OutlineSection[], depth: number, prefix: string) => {
    list.forEach((section, i) => {
      const label = sectionLabel(depth, i + 1);
      const own = label.replace(/[.)]$/, '');
      const path = prefix ? `${prefix}.${own}` : own;
      out.push({ section, depth, label, path });
      walk(section.children, depth + 1, path);
    });
  };
  walk(sections, 0, '');
  return out;
}
