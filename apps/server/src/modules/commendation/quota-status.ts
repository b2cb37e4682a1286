import type { Bilingual } from '@tongket/domain';
import {
  type AwardGroup,
  findExcludingRow,
  findQuotaRow,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
  type QuotaRow,
  type QuotaStatus,
  type QuotaUnit,
  quotaCovers,
  quotaKey,
  quotaRowText,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { campaignQuotaUsage } from './nomination-store.ts';

/** A unit as the quota rules see it in this round. */
export function quotaUnit(
  tree: UnitTree,
  campaign: Pick<StoredCampaign, 'issuingUnitId'>,
  unitId: string,
): QuotaUnit {
  const unit = tree.byId.get(unitId);
  return {
    id: unitId,
    kind: unit?.kind ?? 'other',
    inRound: unit ? tree.isWithin(campaign.issuingUnitId, unitId) : false,
  };
}

const KIND_PLURALS: Record<NomineeKind, string> = {
  collective: 'collectives',
  individual: 'individuals',
  exemplar: 'community exemplars',
};

export type QuotaLookup =
  | { row: QuotaRow; refusal: null }
  | {
      row: null;
      /** The row whose group takes the unit in but leaves it out by name, if that is why. */
      excludedBy: QuotaRow | null;
      /** Why, in the user's words: "UBND huyện đảo Cồn Cỏ không có chỉ tiêu đề nghị tập thể …". */
      refusal: Bilingual;
    };

/**
 * The row of an award group that a unit's nomination of a kind counts against — or, when there is
 * none, why: the plan gives the unit nothing of that kind, or a pool or rule names it as an exception.
 */
export function quotaFor(
  tree: UnitTree,
  campaign: Pick<StoredCampaign, 'issuingUnitId'>,
  group: Pick<AwardGroup, 'quotas'> | undefined,
  kind: NomineeKind,
  unitId: string,
): QuotaLookup {
  const unit = quotaUnit(tree, campaign, unitId);
  const row = group && findQuotaRow(group.quotas, kind, unit);
  if (row) return { row, refusal: null };
  const excludedBy = (group && findExcludingRow(group.quotas, kind, unit)) ?? null;
  const name = tree.byId.get(unitId)?.name;
  const quota = excludedBy && `“${excludedBy.label}: ${quotaRowText(excludedBy)}”`;
  return {
    row: null,
    excludedBy,
    refusal: {
      vi: `${name ?? 'Đơn vị'} không có chỉ tiêu đề nghị ${NOMINEE_KIND_LABELS[kind].noun} cho hình thức này${quota ? `: kế hoạch loại trừ đơn vị khỏi chỉ tiêu ${quota}` : ' trong kế hoạch'}.`,
      en: `${name ?? 'The unit'} has no quota to nominate ${KIND_PLURALS[kind]} for this award${quota ? `: the plan leaves the unit out of the quota ${quota}` : ' in the plan'}.`,
    },
  };
}

/** The active units some row of an award group covers, in the tree's order: whom it can be proposed for. */
export function unitsWithQuota(
  tree: UnitTree,
  campaign: Pick<StoredCampaign, 'issuingUnitId'>,
  group: Pick<AwardGroup, 'quotas'> | undefined,
) {
  if (!group) return [];
  return tree.items.filter(
    (u) => u.active && group.quotas.some((row) => quotaCovers(row, quotaUnit(tree, campaign, u.id))),
  );
}

/**
 * Section VI of the plan with what is used: each quota row, every unit it covers (its own count,
 * or the pool's shared one) and the slots taken by nominations sent so far.
 */
export async function quotaStatus(
  db: Kysely<Database>,
  tree: UnitTree,
  campaign: StoredCampaign,
  awardTypeNames: Map<string, string>,
): Promise<QuotaStatus[]> {
  const usage = await campaignQuotaUsage(db, campaign.id);
  const used = new Map(usage.map((u) => [`${u.quota_row_id}|${u.unit_key}`, u.used]));
  const out: QuotaStatus[] = [];
  for (const group of campaign.plan.awardGroups) {
    for (const row of group.quotas) {
      const covered = tree.items.filter((u) => u.active && quotaCovers(row, quotaUnit(tree, campaign, u.id)));
      const units = covered.map((u) => ({
        unitId: u.id,
        unitName: u.name,
        limit: row.count,
        used: used.get(`${row.id}|${quotaKey(row, u.id)}`) ?? 0,
      }));
      const total =
        row.scope === 'pool' ? (used.get(`${row.id}|*`) ?? 0) : units.reduce((sum, u) => sum + u.used, 0);
      out.push({
        quotaRowId: row.id,
        awardGroupId: group.id,
        awardTypeId: group.awardTypeId,
        awardTypeName: (group.awardTypeId && awardTypeNames.get(group.awardTypeId)) || '',
        heading: group.heading,
        scope: row.scope,
        nomineeKind: row.nomineeKind,
        count: row.count,
        label: row.label,
        text: row.text,
        unitKind: row.unitKind,
        used: total,
        units,
      });
    }
  }
  return out;
}
