import type { ConsolidationBasis, IndicatorTotal } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { readCampaign } from '../campaigns/index.ts';
import { collectReports } from './collect-reports.ts';
import { consolidatedBasis } from './consolidated-store.ts';
import { indicatorTotals } from './indicator-totals.ts';
import { readReleasedContent } from './released-content.ts';

/**
 * A round's indicator totals as its consolidated report counts them: on the basis that report was
 * made on (accepted reports unless the clerk chose the submitted ones), by `indicatorTotals`, from
 * the reports' figures only (their texts are not read). A few queries per round, none per unit.
 * Once the report is released, its figures as released.
 */
export async function roundIndicatorTotals(
  db: Kysely<Database>,
  tree: UnitTree,
  campaignId: string,
): Promise<IndicatorTotal[]> {
  const campaign = await readCampaign(db, campaignId);
  if (!campaign || campaign.status === 'draft') return [];
  // A released report's figures are those it was released with.
  const released = await readReleasedContent(db, campaign.id);
  if (released) return released.indicators;
  const basis: ConsolidationBasis = (await consolidatedBasis(db, campaign.id)) ?? 'accepted';
  const { reports } = await collectReports(db, campaign.id, basis, false);
  return indicatorTotals(
    campaign.outline,
    reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
    tree,
    campaign.issuingUnitId,
  );
}
