import { type ConsolidationBasis, documentReference } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { readCampaign, type StoredCampaign } from '../campaigns/index.ts';
import { collectReports } from './collect-reports.ts';
import { consolidatedBasis } from './consolidated-store.ts';
import { indicatorTotals } from './indicator-totals.ts';
import type { PreviousRound } from './synthesis/figures.ts';

/**
 * The round a round's figures are compared with: the one it was cloned from ("the next round from
 * this one"), when that round was issued by the same unit — a draft has no figures, and another
 * unit's round is no earlier period of this one. Its totals are counted as its own consolidation
 * counts them: on the basis its consolidated report was made on (accepted reports unless the
 * clerk chose the submitted ones), by the same rule as every total (`indicatorTotals`).
 */
export async function previousRound(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
): Promise<PreviousRound | null> {
  if (!campaign.sourceCampaignId) return null;
  const source = await readCampaign(db, campaign.sourceCampaignId);
  if (!source || source.status === 'draft' || source.issuingUnitId !== campaign.issuingUnitId) return null;
  const basis: ConsolidationBasis = (await consolidatedBasis(db, source.id)) ?? 'accepted';
  // Only the figures matter: the reports' texts are not read.
  const { reports } = await collectReports(db, source.id, basis, false);
  const reference = documentReference(source.plan);
  return {
    campaignId: source.id,
    label: reference ? `${source.name}, ${reference}` : source.name,
    unitId: source.issuingUnitId,
    unitName: tree.byId.get(source.issuingUnitId)?.name ?? '',
    totals: indicatorTotals(
      source.outline,
      reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
      tree,
      source.issuingUnitId,
    ),
  };
}
