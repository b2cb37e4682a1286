import { z } from 'zod';
import { instantSchema } from './bounds.ts';
import { CAMPAIGN_STATUSES } from './campaign-labels.ts';
import type { Task } from './campaigns.ts';
import { say } from './lang.ts';
import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_VALUE_TYPES,
  type IndicatorAggregation,
} from './outline-numbering.ts';
import { progressCountsSchema } from './reports.ts';

/**
 * The consolidated report of a round: per outline section the standing agency's own text, built
 * from the units' contributions (accepted reports, or everything sent), and the indicators added
 * up per subtree as each indicator's rule says.
 */
export const CONSOLIDATION_BASES = ['accepted', 'submitted'] as const;
export type ConsolidationBasis = (typeof CONSOLIDATION_BASES)[number];

export const contributionSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  submissionId: z.string(),
  seq: z.number().int(),
  html: z.string(),
  /** Not yet taken into the section's text. */
  isNew: z.boolean(),
});

export const consolidatedSectionSchema = z.object({
  sectionId: z.string(),
  /** As the outline numbers it: "I.2". */
  label: z.string(),
  title: z.string(),
  depth: z.number().int(),
  /** The consolidated text (HTML); empty until generated or written. */
  html: z.string(),
  /** False once a person has edited it: regenerating then appends what is new instead of replacing. */
  generated: z.boolean(),
  /**
   * The first of its contributions in tree order (at most CONTRIBUTIONS_FIRST_PAGE): the rest are
   * read a page at a time (`GET …/consolidated/sections/:sectionId/contributions`).
   */
  contributions: z.array(contributionSchema),
  /** How many units wrote in it, and how many of those are not yet taken into its text. */
  contributionCount: z.number().int(),
  newCount: z.number().int(),
});

/** How many contributions of each section the consolidated report carries; the rest are paged. */
export const CONTRIBUTIONS_FIRST_PAGE = 3;
/** The most contributions one page brings. */
export const CONTRIBUTIONS_PAGE_MAX = 50;

/** A page of a section's contributions: `q` finds units by name, `onlyNew` keeps those not yet taken in. */
export const contributionsQuerySchema = z.strictObject({
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(CONTRIBUTIONS_PAGE_MAX).optional(),
  q: z.string().trim().max(200).optional(),
  onlyNew: z.enum(['0', '1']).optional(),
});

export const contributionsPageSchema = z.object({
  sectionId: z.string(),
  /** The contributions that match, all pages together. */
  total: z.number().int(),
  offset: z.number().int(),
  items: z.array(contributionSchema),
});
export type ContributionsPage = z.infer<typeof contributionsPageSchema>;

export const indicatorTotalSchema = z.object({
  indicatorId: z.string(),
  sectionLabel: z.string(),
  name: z.string(),
  unit: z.string(),
  valueType: z.enum(INDICATOR_VALUE_TYPES),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  /** The whole round by the indicator's rule; null for "none" or when no unit reported it. */
  total: z.number().nullable(),
  reported: z.number().int(),
  /**
   * Each unit with reports below it: its subtree's figure by the same rule. A unit that reported a
   * figure itself stands for its whole subtree (see ROLLUP_RULE), so `value` is then its own figure;
   * `reported` counts every unit in the subtree that reported, whether its figure was added or not.
   */
  subtrees: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      depth: z.number().int(),
      value: z.number().nullable(),
      reported: z.number().int(),
    }),
  ),
  /** Each reporting unit's own figure. */
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), value: z.number() })),
  /**
   * Units that reported the indicator and have reporting units below them: their own figure was
   * used for their subtree instead of their sub-units' figures; `replaces` counts those sub-units.
   */
  ownFigureUnits: z.array(z.object({ unitId: z.string(), unitName: z.string(), replaces: z.number().int() })),
});
export type IndicatorTotal = z.infer<typeof indicatorTotalSchema>;

/**
 * An indicator as the consolidated report carries it: its total, how many units reported it and
 * whose own figure stood for their sub-units, without the figure of every subtree and every unit
 * (30 indicators × 1,000 units made the report megabytes long). One indicator's breakdown is read
 * on its own when someone opens it (`GET …/consolidated/indicators/:indicatorId`, an
 * IndicatorTotal); the documents (indicators.xlsx) still print every unit's figures.
 */
export const indicatorSummarySchema = indicatorTotalSchema.omit({ subtrees: true, units: true });
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

/** An indicator's total without its per-unit breakdown. */
export function indicatorSummary({ subtrees: _s, units: _u, ...summary }: IndicatorTotal): IndicatorSummary {
  return summary;
}

export const consolidatedReportSchema = z.object({
  campaignId: z.string(),
  version: z.number().int(),
  basis: z.enum(CONSOLIDATION_BASES),
  generatedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  sections: z.array(consolidatedSectionSchema),
  /** Each indicator's total; its breakdown by level and unit is read apart (indicatorSummarySchema). */
  indicators: z.array(indicatorSummarySchema),
  /** Units owing a report with nothing in the consolidation yet. */
  missing: z.array(z.object({ unitId: z.string(), unitName: z.string(), status: z.string() })),
  /** Contributions not yet taken in anywhere. */
  newContributions: z.number().int(),
  /**
   * How long the printed report is (from its first page to the signature; the indicators' appendix
   * apart), against the length the clerk set. Regenerating fits the draft to the target; when even
   * what it must keep (every figure sentence, the points many units share) passes it, the draft is
   * as short as it can be and `overTarget` says so.
   */
  length: z.object({
    targetPages: z.number().int().nullable(),
    estimatedPages: z.number().int(),
    overTarget: z.boolean(),
  }),
  /** The text may be edited and consolidated again: the caller runs the round, and it is not released. */
  canEdit: z.boolean(),
  /** The caller runs the round: signs and releases the report, sends it up. */
  canManage: z.boolean(),
  /** "BC-UBND": the report's notation, from the plan's. */
  docCode: z.string(),
  /** Its number and date, given at the digital release ('' and null before). */
  docNumber: z.string(),
  docDate: z.string().nullable(),
  /** Signed and released (docs/signatures.md): the signed PDF is the report of record, nothing changes. */
  released: z.boolean(),
});
export type ConsolidatedReport = z.infer<typeof consolidatedReportSchema>;

/**
 * Where each sentence of a generated consolidated text came from: the units' sentences (with the
 * submission they were read from) behind a theme, the units' figures behind a figure sentence.
 */
export const synthesisSourceSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  submissionId: z.string(),
  /** The unit's sentence as it wrote it, or its figure ("Số khu cách ly tập trung: 3 khu"). */
  text: z.string(),
  /** For a figure sentence: the unit's own figure, or the previous round's total. */
  value: z.number().optional(),
  /**
   * For the previous round's total behind a figure sentence's change ("tăng 12 khu so với kỳ
   * trước"): that round (the one this round was cloned from). `unitId` and `unitName` are its
   * issuing unit; `submissionId` is empty — the figure is a consolidation, not one unit's report.
   */
  campaignId: z.string().optional(),
});
export type SynthesisSource = z.infer<typeof synthesisSourceSchema>;

export const SYNTHESIS_SENTENCE_KINDS = ['figure', 'theme', 'item', 'heading'] as const;

export const synthesisSentenceSchema = z.object({
  /** Its place in the section's generated text, from 1. */
  id: z.number().int(),
  /** figure: the round's totals; theme: what several units wrote; item: one unit's concrete point; heading: a group's title. */
  kind: z.enum(SYNTHESIS_SENTENCE_KINDS),
  text: z.string(),
  /** How many units it stands for. */
  units: z.number().int(),
  sources: z.array(synthesisSourceSchema),
});
export type SynthesisSentence = z.infer<typeof synthesisSentenceSchema>;

/**
 * What the synthesis could not use, or used with a caution: an empty section, a text copied from
 * another unit, text in capitals, a report too long to read whole, a table, a sub-heading of the
 * unit's own, sentences left out to keep the draft short, text that seems to belong to a section
 * of another kind (proposals written under the results; kept where the unit wrote it, the message
 * names the section). `texts` keeps every sentence concerned, so nothing a unit wrote is lost.
 */
export const SYNTHESIS_FLAG_KINDS = [
  'empty',
  'copied',
  'all_caps',
  'too_long',
  'table',
  'heading',
  'trimmed',
  'wrong_section',
] as const;
export type SynthesisFlagKind = (typeof SYNTHESIS_FLAG_KINDS)[number];

export const synthesisFlagSchema = z.object({
  kind: z.enum(SYNTHESIS_FLAG_KINDS),
  unitId: z.string(),
  unitName: z.string(),
  submissionId: z.string(),
  message: z.string(),
  texts: z.array(z.string()),
  /** For `wrong_section`: the id of the outline section the text seems to belong to (the message names it). */
  belongsTo: z.string().optional(),
});
export type SynthesisFlag = z.infer<typeof synthesisFlagSchema>;

export const sectionSourcesSchema = z.object({
  sentences: z.array(synthesisSentenceSchema),
  flags: z.array(synthesisFlagSchema),
});
export type SectionSources = z.infer<typeof sectionSourcesSchema>;

export const consolidatedSourcesSchema = z.object({
  campaignId: z.string(),
  sections: z.array(
    sectionSourcesSchema.extend({
      sectionId: z.string(),
      label: z.string(),
      title: z.string(),
      /** False once a person has edited the section: its text may no longer be the generated one. */
      generated: z.boolean(),
    }),
  ),
});
export type ConsolidatedSources = z.infer<typeof consolidatedSourcesSchema>;

export const consolidatedSaveSchema = z.strictObject({
  version: z.number().int().min(0),
  /** Section id → the consolidated text (HTML, sanitised on the server). */
  sections: z.record(z.string().max(64), z.string().max(500_000)),
});

/** The longest length target a clerk can set, in pages. */
export const MAX_TARGET_PAGES = 200;

export const regenerateSchema = z.strictObject({
  version: z.number().int().min(0),
  basis: z.enum(CONSOLIDATION_BASES).optional(),
  /** The length the draft should fit, in printed pages; null clears it, absent keeps the one set before. */
  targetPages: z
    .number(say('Số trang mục tiêu phải là một số', 'The target length must be a number of pages'))
    .int(say('Số trang mục tiêu phải là số nguyên', 'The target length must be a whole number of pages'))
    .min(1, say('Số trang mục tiêu ít nhất là 1', 'The target length is at least 1 page'))
    .max(
      MAX_TARGET_PAGES,
      say(
        `Số trang mục tiêu tối đa là ${MAX_TARGET_PAGES}`,
        `The target length is at most ${MAX_TARGET_PAGES} pages`,
      ),
    )
    .nullable()
    .optional(),
});

/** A cascaded round opened by a unit for the units below it. */
export const childCampaignCreateSchema = z.strictObject({
  /** The unit that opens it (a district, or a department with subordinate units); default the caller's. */
  unitId: z.string().max(64).optional(),
  name: z.string().trim().max(300).optional(),
  /** The child round's report deadline: before the unit's own deadline in the higher round. */
  reportDeadline: instantSchema({
    vi: 'Thời hạn gửi báo cáo của đợt cấp dưới',
    en: 'The report deadline of the lower-level round',
  }),
  /** The units that report to it; default every active unit below the opening unit. */
  unitIds: z.array(z.string().max(64)).max(5000).optional(),
});
export type ChildCampaignCreate = z.input<typeof childCampaignCreateSchema>;

export const childCampaignSchema = z.object({
  campaignId: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  unitId: z.string(),
  unitName: z.string(),
  reportDeadline: z.string().nullable(),
  totals: progressCountsSchema,
});
export type ChildCampaign = z.infer<typeof childCampaignSchema>;

/**
 * How figures roll up when a unit and units below it both report the same indicator (a district
 * and its communes in one round): the unit's own figure is taken to cover its whole area, so its
 * subtree's figure — and every total above it — uses that figure and leaves its sub-units' out,
 * instead of adding both and counting the communes twice. A unit that did not report a figure
 * gets its sub-units' figures by the indicator's rule (sum, maximum, mean) as before. The same
 * totals feed the page, the consolidated report's appendix, indicators.xlsx and the figures a
 * lower round sends up.
 */
export const ROLLUP_RULE =
  'Khi một đơn vị và các đơn vị cấp dưới của nó cùng báo cáo một chỉ tiêu, số liệu của chính đơn vị đó được dùng cho cả đơn vị (gồm cấp dưới), không cộng thêm số liệu của cấp dưới để tránh tính trùng.';

/**
 * Units that a report task of a plan assigns together with one of their own sub-units (a
 * district and its communes): each pair, the unit above first, in task order. Such a round
 * is allowed — its figures roll up by ROLLUP_RULE — but the coordinator is told at issue time.
 */
export function nestedReporters(
  tasks: readonly Pick<Task, 'kind' | 'unitIds'>[],
  ancestorIds: (unitId: string) => readonly string[],
): Array<{ task: number; unitId: string; subunitId: string }> {
  const out: Array<{ task: number; unitId: string; subunitId: string }> = [];
  tasks.forEach((task, i) => {
    if (task.kind !== 'report') return;
    const ids = new Set(task.unitIds);
    for (const id of ids) {
      // ancestorIds starts with the unit itself.
      for (const above of ancestorIds(id).slice(1)) {
        if (ids.has(above)) out.push({ task: i, unitId: above, subunitId: id });
      }
    }
  });
  return out;
}

/** Pairs a warning names before it says how many more there are: a province may pair hundreds. */
export const NESTED_REPORTER_PAIRS_SHOWN = 20;

/** The issue-time warning for nestedReporters, one sentence per task, in Vietnamese. */
export function nestedReporterWarnings(
  tasks: readonly Pick<Task, 'kind' | 'unitIds' | 'label'>[],
  ancestorIds: (unitId: string) => readonly string[],
  unitName: (unitId: string) => string | undefined,
): string[] {
  const byTask = new Map<number, string[]>();
  for (const pair of nestedReporters(tasks, ancestorIds)) {
    const list = byTask.get(pair.task) ?? [];
    list.push(`${unitName(pair.unitId) ?? pair.unitId} – ${unitName(pair.subunitId) ?? pair.subunitId}`);
    byTask.set(pair.task, list);
  }
  return [...byTask].map(([i, pairs]) => {
    // Named by number and the clerk's label: its units' names may run to hundreds.
    const label = tasks[i]?.label;
    const name = `Nhiệm vụ ${i + 1}${label ? ` (${label})` : ''}`;
    const more = pairs.length - NESTED_REPORTER_PAIRS_SHOWN;
    const listed = pairs.slice(0, NESTED_REPORTER_PAIRS_SHOWN).join('; ');
    return `${name} giao báo cáo cho cả đơn vị và đơn vị cấp dưới của nó: ${listed}${more > 0 ? ` và ${more} cặp khác` : ''}. Khi tổng hợp số liệu, số của đơn vị cấp trên được dùng thay cho tổng của các đơn vị cấp dưới (không cộng trùng).`;
  });
}

/** Adds up values by an indicator's rule: sum, maximum, mean; "none" has no total. */
export function aggregate(values: readonly number[], rule: IndicatorAggregation): number | null {
  if (values.length === 0 || rule === 'none') return null;
  if (rule === 'max') return values.reduce((a, b) => (b > a ? b : a), Number.NEGATIVE_INFINITY);
  const sum = values.reduce((a, b) => a + b, 0);
  return rule === 'average' ? sum / values.length : sum;
}
