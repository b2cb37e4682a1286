import { z } from 'zod';
import { say } from './lang.ts';
import { maxChars, type ZodMessage } from './messages.ts';
import { cleanText } from './text.ts';

/**
 * The report outline (đề cương): a numbered tree of sections — I, II at the top, then 1, 2, then
 * a), b) — each with a "required" flag and optional typed indicators (which may be required too).
 * Numbers are never stored: they follow from the position, so reordering renumbers by itself.
 */
export const MAX_OUTLINE_DEPTH = 3;

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

const text = (max: number, empty: ZodMessage) =>
  z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().min(1, empty).max(max, maxChars(max)));

export const indicatorSchema = z.strictObject({
  /** Kept across saves so submitted values stay attached; a new indicator may omit it. */
  id: z.string().max(64).optional(),
  name: text(300, say('Tên chỉ tiêu không được để trống', 'The name of the indicator must not be empty')),
  /** Đơn vị tính: "người", "lượt", "đồng"… */
  unit: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(50)),
  valueType: z.enum(INDICATOR_VALUE_TYPES, say('Kiểu số liệu không hợp lệ', 'Invalid kind of figure')),
  aggregation: z.enum(INDICATOR_AGGREGATIONS, say('Cách tổng hợp không hợp lệ', 'Invalid way of adding up')),
  /** A report is not sent while this figure is empty (a draft may be). */
  required: z.boolean().default(false),
});
export type IndicatorInput = z.input<typeof indicatorSchema>;
export type Indicator = z.output<typeof indicatorSchema> & { id: string };

/** One section as a client sends it: ids kept for existing sections, omitted for new ones. */
export const outlineSectionSchema = z.strictObject({
  id: z.string().max(64).optional(),
  title: text(
    500,
    say('Tên mục của đề cương không được để trống', 'The title of the outline section must not be empty'),
  ),
  required: z.boolean().default(false),
  /** Guidance for the unit writing this section. */
  guidance: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(5000))
    .default(''),
  indicators: z.array(indicatorSchema).max(100).default([]),
  get children() {
    return z.array(outlineSectionSchema).max(100).default([]);
  },
});
export type OutlineSectionInput = z.input<typeof outlineSectionSchema>;
export type ParsedOutlineSection = z.output<typeof outlineSectionSchema>;

export interface OutlineSection {
  id: string;
  title: string;
  required: boolean;
  guidance: string;
  indicators: Indicator[];
  children: OutlineSection[];
}

export const outlineInputSchema = z.strictObject({
  /** The report's document type as the appendix prints it: "BÁO CÁO". */
  title: text(
    100,
    say(
      'Tên loại văn bản của đề cương không được để trống',
      'The document type of the outline must not be empty',
    ),
  ),
  /** "Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1". */
  summary: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(500)),
  sections: z.array(outlineSectionSchema).max(100),
});
export type OutlineInput = z.input<typeof outlineInputSchema>;

export interface Outline {
  title: string;
  summary: string;
  sections: OutlineSection[];
}

const indicatorOut = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  valueType: z.enum(INDICATOR_VALUE_TYPES),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  required: z.boolean(),
});
const sectionOut: z.ZodType<OutlineSection> = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    required: z.boolean(),
    guidance: z.string(),
    indicators: z.array(indicatorOut),
    children: z.array(sectionOut),
  }),
);
export const outlineSchema = z.object({
  title: z.string(),
  summary: z.string(),
  sections: z.array(sectionOut),
});

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

/** Deepest nesting of a section list (1 for a flat list, 0 for none). */
export function outlineDepth(sections: readonly { children?: readonly unknown[] }[]): number {
  let max = 0;
  for (const s of sections) {
    const kids = (s.children ?? []) as Array<{ children?: readonly unknown[] }>;
    max = Math.max(max, 1 + outlineDepth(kids));
  }
  return max;
}

/** Moves the item at `from` to `to` in a copy of the list (the numbers follow by themselves). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** A built-in outline a coordinator starts from. */
export const outlineTemplateSchema = z.object({ id: z.string(), name: z.string(), outline: outlineSchema });
export type OutlineTemplate = z.infer<typeof outlineTemplateSchema>;
