import type { AwardStatistics, NomineeKind } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { canReadCampaign } from '../campaigns/index.ts';
import { selectConferredAwards } from './nomination-store.ts';

type Counts = { collective: number; individual: number; exemplar: number; total: number };
const empty = (): Counts => ({ collective: 0, individual: 0, exemplar: 0, total: 0 });

/**
 * Awards conferred (nominations in issued decisions) by year of the decision, by form of award, by
 * nominating unit and by round — over every round of the caller's province, or one round or year.
 */
export async function awardStatistics(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  filter: { year?: string | undefined; campaignId?: string | undefined },
): Promise<AwardStatistics> {
  const rows = (await selectConferredAwards(db, filter.campaignId)).filter(
    (r) =>
      canReadCampaign(
        actor,
        {
          issuingUnitId: r.issuing_unit_id,
          standingUnitId: r.standing_unit_id,
          status: r.campaign_status,
          parentCampaignId: r.parent_campaign_id,
        },
        tree,
      ) &&
      (!filter.year || (r.doc_date ?? '').startsWith(filter.year)),
  );
  const byYear = new Map<string, Counts>();
  const byType = new Map<string, Counts & { name: string }>();
  const byUnit = new Map<string, Counts>();
  const byCampaign = new Map<string, { name: string; total: number }>();
  const add = (c: Counts, kind: NomineeKind) => {
    c[kind]++;
    c.total++;
  };
  for (const r of rows) {
    const kind = r.nominee_kind as NomineeKind;
    const year = (r.doc_date ?? '').slice(0, 4);
    add(byYear.get(year) ?? (byYear.set(year, empty()).get(year) as Counts), kind);
    const type = byType.get(r.award_type_id) ?? { ...empty(), name: r.award_type_name };
    byType.set(r.award_type_id, type);
    add(type, kind);
    add(byUnit.get(r.unit_id) ?? (byUnit.set(r.unit_id, empty()).get(r.unit_id) as Counts), kind);
    const c = byCampaign.get(r.campaign_id) ?? { name: r.campaign_name, total: 0 };
    c.total++;
    byCampaign.set(r.campaign_id, c);
  }
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return {
    total: rows.length,
    byYear: [...byYear].sort(([a], [b]) => a.localeCompare(b)).map(([year, c]) => ({ year, ...c })),
    byAwardType: [...byType].map(([awardTypeId, { name, ...c }]) => ({
      awardTypeId,
      awardTypeName: name,
      ...c,
    })),
    byUnit: [...byUnit]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([unitId, c]) => ({ unitId, unitName: tree.byId.get(unitId)?.name ?? '', ...c })),
    byCampaign: [...byCampaign].map(([campaignId, c]) => ({
      campaignId,
      campaignName: c.name,
      total: c.total,
    })),
  };
}
