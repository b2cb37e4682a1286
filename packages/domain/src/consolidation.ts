import { z } from 'zod';
import { instantSchema } from './bounds.ts';
import { CAMPAIGN_STATUSES } from './campaigns.ts';
import { INDICATOR_AGGREGATIONS, INDICATOR_VALUE_TYPES, type IndicatorAggregation } from './outline.ts';
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
  contributions: z.array(contributionSchema),
});

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
  /** Each unit with reports below it: its subtree's figure by the same rule. */
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
});
export type IndicatorTotal = z.infer<typeof indicatorTotalSchema>;

export const consolidatedReportSchema = z.object({
  campaignId: z.string(),
  version: z.number().int(),
  basis: z.enum(CONSOLIDATION_BASES),
  generatedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  sections: z.array(consolidatedSectionSchema),
  indicators: z.array(indicatorTotalSchema),
  /** Units owing a report with nothing in the consolidation yet. */
  missing: z.array(z.object({ unitId: z.string(), unitName: z.string(), status: z.string() })),
  /** Contributions not yet taken in anywhere. */
  newContributions: z.number().int(),
  canEdit: z.boolean(),
});
export type ConsolidatedReport = z.infer<typeof consolidatedReportSchema>;

export const consolidatedSaveSchema = z.strictObject({
  version: z.number().int().min(0),
  /** Section id → the consolidated text (HTML, sanitised on the server). */
  sections: z.record(z.string().max(64), z.string().max(500_000)),
});

export const regenerateSchema = z.strictObject({
  version: z.number().int().min(0),
  basis: z.enum(CONSOLIDATION_BASES).optional(),
});

/** A cascaded round opened by a unit for the units below it. */
export const childCampaignCreateSchema = z.strictObject({
  /** The unit that opens it (a district, or a department with subordinate units); default the caller's. */
  unitId: z.string().max(64).optional(),
  name: z.string().trim().max(300).optional(),
  /** The child round's report deadline: before the unit's own deadline in the higher round. */
  reportDeadline: instantSchema('Thời hạn gửi báo cáo của đợt cấp dưới'),
  /** The units that report to it; default every active unit below the opening unit. */
  unitIds: z.array(z.string().max(64)).max(5000).optional(),
});

export const childCampaignSchema = z.object({
  campaignId: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  unitId: z.string(),
  unitName: z.string(),
  reportDeadline: z.string().nullable(),
  totals: progressCountsSchema,
});

/** Adds up values by an indicator's rule: sum, maximum, mean; "none" has no total. */
export function aggregate(values: readonly number[], rule: IndicatorAggregation): number | null {
  if (values.length === 0 || rule === 'none') return null;
  if (rule === 'max') return values.reduce((a, b) => (b > a ? b : a), Number.NEGATIVE_INFINITY);
  const sum = values.reduce((a, b) => a + b, 0);
  return rule === 'average' ? sum / values.length : sum;
}
