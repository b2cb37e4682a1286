import { z } from 'zod';
import { say } from './lang.ts';
import { maxChars, type ZodMessage } from './messages.ts';
import { INDICATOR_AGGREGATIONS, INDICATOR_VALUE_TYPES } from './outline-numbering.ts';
import { cleanText } from './text.ts';

/**
 * The report outline (đề cương): a numbered tree of sections — I, II at the top, then 1, 2, then
 * a), b) — each with a "required" flag and optional typed indicators (which may be required too).
 * Numbers are never stored: they follow from the position, so reordering renumbers by itself.
 */
export const MAX_OUTLINE_DEPTH = 3;

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
