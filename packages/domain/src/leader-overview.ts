import { z } from 'zod';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from './campaign-labels.ts';
import { INDICATOR_AGGREGATIONS, INDICATOR_VALUE_TYPES } from './outline-numbering.ts';
import { progressCountsSchema } from './reports.ts';
import { UNIT_KINDS } from './unit-labels.ts';

/**
 * The leader's home: the province at a glance, over its issued and closed rounds and their lower
 * rounds. Every figure carries the filter of the round's progress tab that lists the units behind
 * it (`/campaigns/:id/progress?under=…` or `?unitKind=…`), and is counted exactly as that tab counts.
 */

/** The progress tab's filter that shows the units behind a figure (GET /campaigns/:id/progress). */
export const overviewFilterSchema = z.object({
  under: z.string().optional(),
  unitKind: z.enum(UNIT_KINDS).optional(),
});
export type OverviewFilter = z.infer<typeof overviewFilterSchema>;

/** One block of a round: a unit right under the round's top unit, with every unit below it. */
export const overviewAreaSchema = progressCountsSchema.extend({
  unitId: z.string(),
  unitName: z.string(),
  /** Units in the block that owe the round something. */
  units: z.number().int(),
  filter: overviewFilterSchema,
});

export const overviewLevelSchema = progressCountsSchema.extend({
  unitKind: z.enum(UNIT_KINDS),
  units: z.number().int(),
  filter: overviewFilterSchema,
});

/** An indicator of the round's outline: its total, by block and by level of unit. */
export const overviewIndicatorSchema = z.object({
  indicatorId: z.string(),
  sectionLabel: z.string(),
  name: z.string(),
  unit: z.string(),
  valueType: z.enum(INDICATOR_VALUE_TYPES),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  /** The round's figure as its consolidated report counts it; null for "none" or when nobody reported. */
  total: z.number().nullable(),
  /** Units that reported it. */
  reported: z.number().int(),
  /** Each block with a figure (by the same rule and roll-up as the consolidated report). */
  byArea: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      value: z.number().nullable(),
      reported: z.number().int(),
      filter: overviewFilterSchema,
    }),
  ),
  /** The units' own figures by level (kind of unit), by the indicator's rule. */
  byLevel: z.array(
    z.object({
      unitKind: z.enum(UNIT_KINDS),
      value: z.number().nullable(),
      reported: z.number().int(),
      filter: overviewFilterSchema,
    }),
  ),
});
export type OverviewIndicator = z.infer<typeof overviewIndicatorSchema>;

export const overviewRoundSchema = z.object({
  campaignId: z.string(),
  name: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  /** "2519/KH-UBND" once numbered, else empty. */
  reference: z.string(),
  issuingUnitId: z.string(),
  issuingUnitName: z.string(),
  /** Set for a lower round: the round it was opened under. */
  parentCampaignId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  reportDeadline: z.string().nullable(),
  /** The unit every unit of the round lies under; its blocks are the units right under it. */
  topUnitId: z.string().nullable(),
  topUnitName: z.string(),
  /** The round's tasks that are handed in, as its progress tab counts them. */
  totals: progressCountsSchema,
  /** Per block under the top unit, in tree order. */
  byArea: z.array(overviewAreaSchema),
  /** The top unit's own tasks, when it owes some itself (it lies in no block). */
  topOwn: progressCountsSchema.nullable(),
  /** Per level (kind of unit), in the order of the kinds. */
  byLevel: z.array(overviewLevelSchema),
  indicators: z.array(overviewIndicatorSchema),
});
export type OverviewRound = z.infer<typeof overviewRoundSchema>;

const awardCounts = {
  collective: z.number().int(),
  individual: z.number().int(),
  exemplar: z.number().int(),
  total: z.number().int(),
};

export const leaderOverviewSchema = z.object({
  asOf: z.string(),
  /** The caller's province (its top unit). */
  provinceId: z.string().nullable(),
  provinceName: z.string(),
  /** Issued and closed rounds of the province and their lower rounds, the newest first. */
  rounds: z.array(overviewRoundSchema),
  /** Awards conferred by issued decisions in these rounds (as GET /commendation/statistics counts them). */
  awards: z.object({
    total: z.number().int(),
    byAwardType: z.array(z.object({ awardTypeId: z.string(), awardTypeName: z.string(), ...awardCounts })),
    byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...awardCounts })),
  }),
});
export type LeaderOverview = z.infer<typeof leaderOverviewSchema>;
