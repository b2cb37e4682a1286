import {
  type CampaignKind,
  type CampaignListItem,
  type CampaignStatus,
  documentReference,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { canManageCampaign, canReadCampaign } from './campaign-access.ts';
import { selectCampaignListRows } from './plan-store.ts';

/** The rounds the caller may see, the most recently changed first. */
export async function listCampaigns(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
): Promise<CampaignListItem[]> {
  const rows = await selectCampaignListRows(db);
  const out: CampaignListItem[] = [];
  for (const r of rows) {
    const scope = {
      issuingUnitId: r.issuing_unit_id,
      standingUnitId: r.standing_unit_id,
      status: r.status,
      parentCampaignId: r.parent_campaign_id,
    };
    if (!canReadCampaign(actor, scope, tree)) continue;
    out.push({
      id: r.id,
      kind: r.kind as CampaignKind,
      status: r.status as CampaignStatus,
      name: r.name,
      version: r.version,
      issuingUnitId: r.issuing_unit_id,
      issuingUnitName: tree.byId.get(r.issuing_unit_id)?.name ?? '',
      standingUnitId: r.standing_unit_id,
      reference: documentReference({ docNumber: r.doc_number, docCode: r.doc_code }),
      docDate: r.doc_date,
      reportDeadline: r.report_deadline,
      issuedAt: r.issued_at,
      updatedAt: r.updated_at,
      canManage: canManageCampaign(actor, scope),
      parentCampaignId: r.parent_campaign_id,
      // Counted from the assignments, which this module does not read: GET /campaigns adds it.
      progress: null,
    });
  }
  return out;
}
