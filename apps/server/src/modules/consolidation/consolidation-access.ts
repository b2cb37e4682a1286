import { canReadConsolidated, listsLowerRound } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { forbidden } from '../../http/problem.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { computeProgress } from '../assignments/index.ts';
import {
  campaignNotFound,
  canManageCampaign,
  childCampaignRows,
  getReadableCampaign,
} from '../campaigns/index.ts';

/**
 * A round whose consolidated report the caller may read (or, with `manage`, write: the standing
 * agency), and whether they run it. Anyone else is answered as if the round did not exist.
 */
export async function consolidatedCampaign(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  id: string,
  manage = false,
) {
  const campaign = await getReadableCampaign(db, tree, actor, id);
  if (!canReadConsolidated(actor, campaign)) throw campaignNotFound();
  const manages = canManageCampaign(actor, campaign);
  if (manage && !manages) throw forbidden('consolidation_lead');
  return { campaign, manages };
}

/** A round's lower (cascaded) rounds the caller may see, each with its progress, in the unit tree's order. */
export async function listChildCampaigns(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  parentId: string,
) {
  const rows = await childCampaignRows(db, parentId);
  const items = [];
  for (const r of rows) {
    const round = {
      issuingUnitId: r.issuing_unit_id,
      standingUnitId: r.standing_unit_id,
      status: r.status,
      parentCampaignId: r.parent_campaign_id,
    };
    if (!listsLowerRound(actor, round, tree)) continue;
    const progress = await computeProgress(db, tree, actor, r.id, {});
    items.push({
      campaignId: r.id,
      name: r.name,
      status: r.status as 'draft' | 'issued' | 'closed',
      unitId: r.issuing_unit_id,
      unitName: tree.byId.get(r.issuing_unit_id)?.name ?? '',
      reportDeadline: r.report_deadline,
      totals: progress.totals,
    });
  }
  const order = new Map(tree.items.map((u, i) => [u.id, i]));
  return items.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
}
